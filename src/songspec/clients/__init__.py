"""The generated clients, one per vendor API (openapi-python-client, attrs + httpx), never edited by
hand: `songspec.clients.ttapi_producer`, `songspec.clients.suno_relay`, ... Each package here is the
client `make generate` writes to generated/<package>/ from specs/<vendor>/ (in a checkout these are
links to it; in the wheel, the package itself).

    from songspec import client_for
    from songspec.clients.ttapi_producer.api.jobs import fetch_job

    job = fetch_job.sync(client=client_for("ttapi-producer"), job_id="...")
"""
