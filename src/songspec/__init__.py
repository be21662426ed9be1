"""songspec: submit a music-generation job and wait for its tracks."""
