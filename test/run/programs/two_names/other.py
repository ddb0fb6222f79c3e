import main

main_module_name = main.__name__
