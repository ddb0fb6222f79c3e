from gamma import VALUE
