import sys
def main():
    try:
        print('working')
        return 1 / 0
    finally:
        print('finally block')
main()
