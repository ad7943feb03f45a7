import csv
import io


class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = '"'
    doublequote = True
    skipinitialspace = True
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL


r = csv.reader(['a; b;"c;d"'], Semi)
d = r.dialect
print(d.delimiter, d.quotechar, repr(d.escapechar), d.doublequote, d.skipinitialspace, repr(d.lineterminator), d.quoting, d.strict)
print(list(r))
s = io.StringIO()
w = csv.writer(s, Semi, quoting=csv.QUOTE_ALL)
w.writerow(['x', 'y;z'])
print(repr(s.getvalue()), w.dialect.quoting)
csv.register_dialect('semi', Semi)
print(list(csv.reader(['1;2'], 'semi')), csv.get_dialect('semi').delimiter)
csv.unregister_dialect('semi')
print(csv.excel.delimiter, csv.excel_tab.delimiter, repr(csv.unix_dialect.lineterminator), csv.unix_dialect.quoting)
old = csv.field_size_limit()
print(old, csv.field_size_limit(10), csv.field_size_limit())
try:
    list(csv.reader(['a' * 20]))
except csv.Error as e:
    print('Error', e)
csv.field_size_limit(old)
print(len(list(csv.reader(['a' * 20]))[0][0]))


class Bad(csv.Dialect):
    delimiter = 'xx'


for f in [lambda: Bad(), lambda: csv.reader([], bogus=1), lambda: csv.reader([], lineterminator=5),
          lambda: csv.reader([], quotechar='ab'), lambda: csv.reader([], escapechar=3)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
