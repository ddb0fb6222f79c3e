# a comment
x = (1,
     2 +)
