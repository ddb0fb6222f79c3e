def area(r):
    return round(3.14159 * r * r, 2)
