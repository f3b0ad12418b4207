config = {'db': {'host': 'localhost'}}
def get_port(cfg):
    return cfg['db']['port']
get_port(config)
