"""kaereleder: reflect on your leadership with Kære leder! and Kære chef! Kære ledere!"""

__version__ = "0.1.0"
