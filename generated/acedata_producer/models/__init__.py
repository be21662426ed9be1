"""Contains all the data models used in inputs/outputs"""

from .audios_response import AudiosResponse
from .cover_request import CoverRequest
from .error_code import ErrorCode
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .extend_request import ExtendRequest
from .generate_request import GenerateRequest
from .generated_lyrics import GeneratedLyrics
from .lyrics_request import LyricsRequest
from .lyrics_response import LyricsResponse
from .producer_model import ProducerModel
from .replace_section_request import ReplaceSectionRequest
from .retrieve_task_request import RetrieveTaskRequest
from .retrieve_tasks_request import RetrieveTasksRequest
from .song import Song
from .song_state import SongState
from .stems_request import StemsRequest
from .stems_result import StemsResult
from .swap_instrumentals_request import SwapInstrumentalsRequest
from .swap_vocals_request import SwapVocalsRequest
from .task_list import TaskList
from .task_not_found import TaskNotFound
from .task_record import TaskRecord
from .task_request_echo import TaskRequestEcho
from .task_response_echo import TaskResponseEcho
from .upload_cover_request import UploadCoverRequest
from .upload_extend_request import UploadExtendRequest
from .upload_replace_section_request import UploadReplaceSectionRequest
from .upload_request import UploadRequest
from .upload_response import UploadResponse
from .uploaded_audio import UploadedAudio
from .variation_request import VariationRequest
from .video_request import VideoRequest
from .video_response import VideoResponse
from .video_result import VideoResult
from .wav_file import WavFile
from .wav_request import WavRequest
from .wav_response import WavResponse

__all__ = (
    "AudiosResponse",
    "CoverRequest",
    "ErrorCode",
    "ErrorDetail",
    "ErrorResponse",
    "ExtendRequest",
    "GenerateRequest",
    "GeneratedLyrics",
    "LyricsRequest",
    "LyricsResponse",
    "ProducerModel",
    "ReplaceSectionRequest",
    "RetrieveTaskRequest",
    "RetrieveTasksRequest",
    "Song",
    "SongState",
    "StemsRequest",
    "StemsResult",
    "SwapInstrumentalsRequest",
    "SwapVocalsRequest",
    "TaskList",
    "TaskNotFound",
    "TaskRecord",
    "TaskRequestEcho",
    "TaskResponseEcho",
    "UploadCoverRequest",
    "UploadExtendRequest",
    "UploadReplaceSectionRequest",
    "UploadRequest",
    "UploadResponse",
    "UploadedAudio",
    "VariationRequest",
    "VideoRequest",
    "VideoResponse",
    "VideoResult",
    "WavFile",
    "WavRequest",
    "WavResponse",
)
