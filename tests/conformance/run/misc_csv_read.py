import csv
import io

text = 'name,age,city\r\n"Smith, J",42,"New\r\nYork"\r\n\r\nplain,"say ""hi""",x\r\nlast,1,\r\n'
r = csv.reader(io.StringIO(text, newline=''))
for row in r:
    print(r.line_num, row)
print(list(csv.reader(['a, b,  c'], skipinitialspace=True)))
print(list(csv.reader(['a;b;"c;d"'], delimiter=';')))
print(list(csv.reader(["'x''y',z"], quotechar="'")))
print(list(csv.reader(['a\\,b,c\\"d'], escapechar='\\')))
print(list(csv.reader(['a"b,"c"d,e'])))
print(list(csv.reader(['"a,b"c'], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['1,2.5,"abc"'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a\tb\tc'], dialect='excel-tab')))
print(list(csv.reader(['"unterminated'])))
print(list(csv.reader(['', 'x', ''])))
print(list(csv.reader('one\ntwo\n'.splitlines(True))))
cases = [lambda: list(csv.reader(['1,2,abc'], quoting=csv.QUOTE_NONNUMERIC)),
         lambda: list(csv.reader(['"abc'], strict=True)),
         lambda: list(csv.reader(['"a"b,c'], strict=True)),
         lambda: list(csv.reader([b'abc'])), lambda: list(csv.reader(['a\rb'])),
         lambda: list(csv.reader(['a\0b']))]
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

data = 'id,name,score\n1,ann,90\n2,bob\n\n3,cy,70,extra,more\n'
dr = csv.DictReader(io.StringIO(data), restval='?', restkey='rest')
print(dr.fieldnames)
for row in dr:
    print(dr.line_num, row)
dr = csv.DictReader(['x|y', '1|2'], fieldnames=['a', 'b'], delimiter='|')
print(list(dr))
print(csv.DictReader([]).fieldnames)
s = io.StringIO()
dw = csv.DictWriter(s, ['id', 'name'], restval='NA')
print(dw.writeheader())
dw.writerow({'id': 1, 'name': 'a,b'})
dw.writerows([{'id': 2}, {'name': 'z'}])
print(repr(s.getvalue()))
try:
    dw.writerow({'id': 3, 'bad': 1})
except ValueError as e:
    print('ValueError', e)
csv.DictWriter(s, ['id'], extrasaction='ignore').writerow({'id': 9, 'other': 0})
try:
    csv.DictWriter(s, ['id'], extrasaction='nope')
except ValueError as e:
    print('ValueError', e)
print(repr(s.getvalue()[-4:]))
