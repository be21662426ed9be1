"""Written by scripts/readme_examples.py from README.md (block 2); edit the README, not this."""

from songspec import Songspec, TaskState

api = Songspec("ttapi-producer")               # key from TTAPI_API_KEY; AsyncSongspec for asyncio

# one task: submit once, poll with capped exponential backoff (2 s -> 15 s, jitter), get tracks
result = api.generate("lo-fi hip hop, warm piano", timeout=600,
                      on_progress=lambda r: print(r.state, r.progress))
if result.state is TaskState.SUCCEEDED:
    for track in result.tracks:                # id, title, audio_url, video_url, image_url, lyrics,
        print(track.title, track.audio_url, track.duration)   # duration (float s), model, seed, raw

# or step by step; keep the task id, it is all you need to resume
task = api.submit({"sound_prompt": "synthwave", "mv": "FUZZ-2.0"})   # validated against the spec first
result = api.wait(task, raise_on_failure=True)

# many tasks: one request per tick for all of them where the vendor has a batch endpoint
results = api.wait_many(["task-1", "task-2", "task-3"], timeout=1800)   # {task_id: TaskResult}

# a webhook: the receiver binds 127.0.0.1; put a tunnel in front and pass public_url for real vendors
with api.webhook(path_token="long-random-secret", public_url="https://my-tunnel.example") as hook:
    task = api.submit({"sound_prompt": "jazz trio"}, callback_url=hook.url)
    results = hook.wait([task], timeout=900)   # each callback -> one confirming fetch (batched where
                                               # the vendor can) -> result; a slow poll as a safety net
