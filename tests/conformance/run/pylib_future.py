from __future__ import annotations, generator_stop
import __future__


def f(x: UndefinedName) -> AlsoUndefined:
    return x


print(f(1), f.__annotations__)
print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature, feature.getOptionalRelease(), feature.getMandatoryRelease(), hex(feature.compiler_flag))
print(annotations, generator_stop.mandatory)
