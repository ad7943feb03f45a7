# complex() parsing strings
good = ['1', '1j', 'j', '-j', '+j', '1+2j', '1-2j', '(1+2j)', ' ( -1.5e3-2.5E-2J ) ', '1e3j', 'inf', '-infj', 'nan+nanj',
        'infinity-infinityj', '1_000+2_0j', '.5j', '5.j', '1.5+j', '-1-j', '  7  ', 'NaNj', '+1.e+3-.1e-1j']
for s in good:
    print(repr(s), complex(s))
bad = ['', ' ', '1+', '1+2', 'j1', '1+2jj', '(1+2j', '1+2j)', '1 + 2j', 'abc', '1__0j', '_1j', '1e', '()', '2j+1', 'jj', '1+2i']
for s in bad:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
