"""Contains all the data models used in inputs/outputs"""

from .audio_format import AudioFormat
from .cover_music_request import CoverMusicRequest
from .download_request import DownloadRequest
from .extend_music_request import ExtendMusicRequest
from .failure import Failure
from .failure_data_type_0 import FailureDataType0
from .generate_lyrics_request import GenerateLyricsRequest
from .generate_music_request import GenerateMusicRequest
from .generate_video_request import GenerateVideoRequest
from .job import Job
from .job_data import JobData
from .job_status import JobStatus
from .lyrics_data import LyricsData
from .lyrics_response import LyricsResponse
from .music import Music
from .producer_model import ProducerModel
from .replace_section_request import ReplaceSectionRequest
from .stem_swap_request import StemSwapRequest
from .stems_request import StemsRequest
from .submit_data import SubmitData
from .submit_response import SubmitResponse
from .upload_audio_request import UploadAudioRequest
from .variation_request import VariationRequest
from .video_preset import VideoPreset

__all__ = (
    "AudioFormat",
    "CoverMusicRequest",
    "DownloadRequest",
    "ExtendMusicRequest",
    "Failure",
    "FailureDataType0",
    "GenerateLyricsRequest",
    "GenerateMusicRequest",
    "GenerateVideoRequest",
    "Job",
    "JobData",
    "JobStatus",
    "LyricsData",
    "LyricsResponse",
    "Music",
    "ProducerModel",
    "ReplaceSectionRequest",
    "StemSwapRequest",
    "StemsRequest",
    "SubmitData",
    "SubmitResponse",
    "UploadAudioRequest",
    "VariationRequest",
    "VideoPreset",
)
