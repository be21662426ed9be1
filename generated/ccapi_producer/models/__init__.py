"""Contains all the data models used in inputs/outputs"""

from .audio_format import AudioFormat
from .clip import Clip
from .cover_music_request import CoverMusicRequest
from .download_request import DownloadRequest
from .extend_music_request import ExtendMusicRequest
from .fetch_task_response import FetchTaskResponse
from .fetch_tasks_request import FetchTasksRequest
from .fetch_tasks_response import FetchTasksResponse
from .generate_lyrics_request import GenerateLyricsRequest
from .generate_music_request import GenerateMusicRequest
from .generate_video_request import GenerateVideoRequest
from .new_api_task import NewApiTask
from .open_ai_error import OpenAIError
from .open_ai_error_detail import OpenAIErrorDetail
from .producer_progress_data import ProducerProgressData
from .producer_result_data import ProducerResultData
from .replace_section_request import ReplaceSectionRequest
from .stem_swap_request import StemSwapRequest
from .stems_request import StemsRequest
from .submit_response import SubmitResponse
from .task_dto import TaskDto
from .task_envelope import TaskEnvelope
from .task_error import TaskError
from .task_properties import TaskProperties
from .task_status import TaskStatus
from .upload_audio_request import UploadAudioRequest
from .variation_request import VariationRequest
from .video_preset import VideoPreset

__all__ = (
    "AudioFormat",
    "Clip",
    "CoverMusicRequest",
    "DownloadRequest",
    "ExtendMusicRequest",
    "FetchTaskResponse",
    "FetchTasksRequest",
    "FetchTasksResponse",
    "GenerateLyricsRequest",
    "GenerateMusicRequest",
    "GenerateVideoRequest",
    "NewApiTask",
    "OpenAIError",
    "OpenAIErrorDetail",
    "ProducerProgressData",
    "ProducerResultData",
    "ReplaceSectionRequest",
    "StemSwapRequest",
    "StemsRequest",
    "SubmitResponse",
    "TaskDto",
    "TaskEnvelope",
    "TaskError",
    "TaskProperties",
    "TaskStatus",
    "UploadAudioRequest",
    "VariationRequest",
    "VideoPreset",
)
