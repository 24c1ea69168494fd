"""gunicorn settings of every portal app server (deploy/systemd/portal@.service passes this file
with --config; GUNICORN_CMD_ARGS in the environment file sets workers and timeouts)."""


def worker_exit(server, worker):
    """Close the worker's copy of the listening socket as soon as it stops serving.

    A stopping worker can take seconds more to leave Python; while any process still holds the
    socket, the kernel keeps accepting connections that nobody will answer, and nginx waits on
    them. Closed at once, they are refused and nginx sends them to another app server."""
    for listener in worker.sockets:
        listener.close()
