# sys.exit with a message goes to stderr, status 1
import sys
sys.exit("fatal: something")
