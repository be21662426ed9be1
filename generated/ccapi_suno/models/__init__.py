"""Contains all the data models used in inputs/outputs"""

from .clip import Clip
from .clip_history_entry import ClipHistoryEntry
from .clip_metadata import ClipMetadata
from .clip_metadata_concat_history_type_0_item import ClipMetadataConcatHistoryType0Item
from .clip_reaction_type_0 import ClipReactionType0
from .clip_status import ClipStatus
from .clip_type import ClipType
from .fetch_task_response import FetchTaskResponse
from .fetch_tasks_request import FetchTasksRequest
from .fetch_tasks_response import FetchTasksResponse
from .generate_lyrics_request import GenerateLyricsRequest
from .generate_music_request import GenerateMusicRequest
from .lyrics_result import LyricsResult
from .new_api_task import NewApiTask
from .open_ai_error import OpenAIError
from .open_ai_error_detail import OpenAIErrorDetail
from .other_task_data import OtherTaskData
from .submit_response import SubmitResponse
from .task_dto import TaskDto
from .task_envelope import TaskEnvelope
from .task_error import TaskError
from .task_properties import TaskProperties
from .task_status import TaskStatus
from .undocumented_action_request import UndocumentedActionRequest
from .upsample_tags_request import UpsampleTagsRequest

__all__ = (
    "Clip",
    "ClipHistoryEntry",
    "ClipMetadata",
    "ClipMetadataConcatHistoryType0Item",
    "ClipReactionType0",
    "ClipStatus",
    "ClipType",
    "FetchTaskResponse",
    "FetchTasksRequest",
    "FetchTasksResponse",
    "GenerateLyricsRequest",
    "GenerateMusicRequest",
    "LyricsResult",
    "NewApiTask",
    "OpenAIError",
    "OpenAIErrorDetail",
    "OtherTaskData",
    "SubmitResponse",
    "TaskDto",
    "TaskEnvelope",
    "TaskError",
    "TaskProperties",
    "TaskStatus",
    "UndocumentedActionRequest",
    "UpsampleTagsRequest",
)
