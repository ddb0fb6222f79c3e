# RUN: %difftest %s
def validate(age):
    if age < 0:
        raise ValueError("age must be non-negative, got " + str(age))
    return age


print(validate(30))
validate(-5)
