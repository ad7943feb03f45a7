class ConfigError(Exception):
    pass
def load(cfg):
    try:
        return cfg['port']
    except KeyError as e:
        raise ConfigError('missing port') from e
def start():
    try:
        load({})
    except ConfigError:
        raise RuntimeError('cannot start')
start()
