"""Written by scripts/readme_examples.py from README.md (block 1); edit the README, not this."""

from songspec import client_for
from songspec.clients.ttapi_producer.api.jobs import fetch_job
from songspec.clients.ttapi_producer.api.music import generate_music
from songspec.clients.ttapi_producer.models import GenerateMusicRequest, Job, SubmitData, SubmitResponse

client = client_for("ttapi-producer")  # TTAPI_API_KEY, TT-API-KEY header, no "Bearer"; typed per vendor
accepted = generate_music.sync(client=client, body=GenerateMusicRequest(sound_prompt="lo-fi piano"))
if isinstance(accepted, SubmitResponse) and isinstance(accepted.data, SubmitData):
    job_id = accepted.data.jobId or accepted.data.job_id  # the vendor's pages spell it both ways
    if isinstance(job_id, str):
        job = fetch_job.sync(client=client, job_id=job_id)
        if isinstance(job, Job):
            print(job.status, job.status.is_known)  # an unknown state parses: is_known is False
