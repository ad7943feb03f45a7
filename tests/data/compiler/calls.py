f()
f(1, 2)
f(a, b=1, c=2)
f(*args)
f(a, *args, b, **kwargs)
f(**kwargs)
f(a=1, **k, b=2, **m)
obj.method(1, key=2)
obj.method(*a)
import mod
mod.func(1)
f(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30)
f(k0=0, k1=1, k2=2, k3=3, k4=4, k5=5, k6=6, k7=7, k8=8, k9=9, k10=10, k11=11, k12=12, k13=13, k14=14, k15=15)

@decorator
@other.decorator(arg)
def decorated():
    pass
