def main():
    print('running main, __name__ =', __name__)
    return 0
print(__name__, type(__builtins__).__name__ if not isinstance(__builtins__, dict) else 'dict')
print(__doc__)
if __name__ == '__main__':
    main()
import sys
print(sys.argv[0].endswith('lang_name_main.py'), __file__.endswith('lang_name_main.py'))
print(main.__module__, main.__globals__ is globals())
