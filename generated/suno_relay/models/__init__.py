"""Contains all the data models used in inputs/outputs"""

from .advanced_metadata import AdvancedMetadata
from .aligned_word import AlignedWord
from .clip import Clip
from .clip_history_entry import ClipHistoryEntry
from .clip_metadata import ClipMetadata
from .clip_metadata_concat_history_type_0_item import ClipMetadataConcatHistoryType0Item
from .clip_reaction_type_0 import ClipReactionType0
from .clip_status import ClipStatus
from .clip_timing import ClipTiming
from .clip_type import ClipType
from .concat_request import ConcatRequest
from .control_sliders import ControlSliders
from .create_persona_request import CreatePersonaRequest
from .create_voice_persona_request import CreateVoicePersonaRequest
from .create_voice_persona_request_persona_type import (
    CreateVoicePersonaRequestPersonaType,
)
from .fetch_task_response import FetchTaskResponse
from .fetch_tasks_request import FetchTasksRequest
from .fetch_tasks_response import FetchTasksResponse
from .finish_audio_upload_response_200 import FinishAudioUploadResponse200
from .generate_lyrics_request import GenerateLyricsRequest
from .generate_music_request import GenerateMusicRequest
from .initialize_clip_request import InitializeClipRequest
from .lyrics_result import LyricsResult
from .midi_instrument import MidiInstrument
from .midi_note import MidiNote
from .midi_result import MidiResult
from .mp_4_envelope import Mp4Envelope
from .mp_4_file import Mp4File
from .music_task import MusicTask
from .new_api_task import NewApiTask
from .open_ai_error import OpenAIError
from .open_ai_error_detail import OpenAIErrorDetail
from .persona import Persona
from .persona_clip import PersonaClip
from .raw_mp_4 import RawMp4
from .raw_wav_file import RawWavFile
from .singer_skill_level import SingerSkillLevel
from .stem_task import StemTask
from .stem_type_group_name import StemTypeGroupName
from .submit_response import SubmitResponse
from .suno_generation import SunoGeneration
from .suno_model import SunoModel
from .task_dto import TaskDto
from .task_envelope import TaskEnvelope
from .task_error import TaskError
from .task_notification import TaskNotification
from .task_properties import TaskProperties
from .task_status import TaskStatus
from .upload_audio_request import UploadAudioRequest
from .upload_audio_url_request import UploadAudioUrlRequest
from .upload_finish_request import UploadFinishRequest
from .upload_finish_request_upload_type import UploadFinishRequestUploadType
from .upload_slot import UploadSlot
from .upload_slot_fields_type_0 import UploadSlotFieldsType0
from .upload_status import UploadStatus
from .uploaded_clip import UploadedClip
from .upsample_tags_request import UpsampleTagsRequest
from .upsampled_tags import UpsampledTags
from .voice_persona import VoicePersona
from .wav_envelope import WavEnvelope
from .wav_file import WavFile

__all__ = (
    "AdvancedMetadata",
    "AlignedWord",
    "Clip",
    "ClipHistoryEntry",
    "ClipMetadata",
    "ClipMetadataConcatHistoryType0Item",
    "ClipReactionType0",
    "ClipStatus",
    "ClipTiming",
    "ClipType",
    "ConcatRequest",
    "ControlSliders",
    "CreatePersonaRequest",
    "CreateVoicePersonaRequest",
    "CreateVoicePersonaRequestPersonaType",
    "FetchTaskResponse",
    "FetchTasksRequest",
    "FetchTasksResponse",
    "FinishAudioUploadResponse200",
    "GenerateLyricsRequest",
    "GenerateMusicRequest",
    "InitializeClipRequest",
    "LyricsResult",
    "MidiInstrument",
    "MidiNote",
    "MidiResult",
    "Mp4Envelope",
    "Mp4File",
    "MusicTask",
    "NewApiTask",
    "OpenAIError",
    "OpenAIErrorDetail",
    "Persona",
    "PersonaClip",
    "RawMp4",
    "RawWavFile",
    "SingerSkillLevel",
    "StemTask",
    "StemTypeGroupName",
    "SubmitResponse",
    "SunoGeneration",
    "SunoModel",
    "TaskDto",
    "TaskEnvelope",
    "TaskError",
    "TaskNotification",
    "TaskProperties",
    "TaskStatus",
    "UploadAudioRequest",
    "UploadAudioUrlRequest",
    "UploadFinishRequest",
    "UploadFinishRequestUploadType",
    "UploadSlot",
    "UploadSlotFieldsType0",
    "UploadStatus",
    "UploadedClip",
    "UpsampleTagsRequest",
    "UpsampledTags",
    "VoicePersona",
    "WavEnvelope",
    "WavFile",
)
