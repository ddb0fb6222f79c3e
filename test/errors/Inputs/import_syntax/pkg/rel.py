from .nothing import x
