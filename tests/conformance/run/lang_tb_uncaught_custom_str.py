class HTTPError(Exception):
    def __init__(self, status, reason):
        self.status, self.reason = status, reason
    def __str__(self):
        return f'{self.status} {self.reason}'
def request(url):
    raise HTTPError(404, 'Not Found')
request('/missing')
