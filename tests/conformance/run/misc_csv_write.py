import csv
import io

s = io.StringIO()
w = csv.writer(s)
print(w.writerow(['a', ' b', 'c,d', 'e"f', 'g\nh', None, 1.5, 2, '', True]), w.writerow(['']), w.writerow([]))
w.writerows([[1, 2], ('x', 'y z')])
print(repr(s.getvalue()))
for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    s = io.StringIO()
    csv.writer(s, quoting=q).writerow(['a', 1, 2.5, None, True, 'x,y'])
    print(q, repr(s.getvalue()))
s = io.StringIO()
w = csv.writer(s, delimiter=';', quotechar="'", lineterminator='\n', escapechar='\\', doublequote=False)
w.writerow(["it's", 'a;b', 'back\\slash', 'plain'])
w = csv.writer(s, quoting=csv.QUOTE_NONE, escapechar='$')
w.writerow(['a,b', 'c"d', 'e$f'])
csv.writer(s, dialect='unix').writerow(['u', 1])
csv.writer(s, dialect=csv.excel_tab).writerow(['t', 'a\tb'])
print(repr(s.getvalue()))
print(csv.list_dialects(), csv.QUOTE_NONNUMERIC, csv.get_dialect('excel').delimiter)
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
s = io.StringIO()
csv.writer(s, 'pipes').writerow(['a', 'b'])
print(repr(s.getvalue()), sorted(csv.list_dialects()))
csv.unregister_dialect('pipes')
cases = [lambda: csv.writer(io.StringIO()).writerow(5),
         lambda: csv.reader([], delimiter=''), lambda: csv.reader([], delimiter=5),
         lambda: csv.reader([], quoting=9),
         lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b']),
         lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['']),
         lambda: csv.get_dialect('nope'), lambda: csv.unregister_dialect('nope'),
         lambda: csv.writer(5)]
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(csv.Error, Exception))
