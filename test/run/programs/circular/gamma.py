import delta

VALUE = 1
