print("a" "b" %)
