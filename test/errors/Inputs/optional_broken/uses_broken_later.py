def later():
    import broken
