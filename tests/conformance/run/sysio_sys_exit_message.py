import sys
import io

print('before exit')
sys.stderr = io.StringIO()
sys.stderr = sys.__stderr__
sys.exit('goodbye message')
