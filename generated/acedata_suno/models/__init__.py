"""Contains all the data models used in inputs/outputs"""

from .aligned_word import AlignedWord
from .all_stems_request import AllStemsRequest
from .artist_consistency_request import ArtistConsistencyRequest
from .artist_consistency_vox_request import ArtistConsistencyVoxRequest
from .async_audio_id_request import AsyncAudioIdRequest
from .audio_id_request import AudioIdRequest
from .audios_response import AudiosResponse
from .beta_response import BetaResponse
from .beta_response_data_type_0 import BetaResponseDataType0
from .concat_request import ConcatRequest
from .cover_request import CoverRequest
from .created_persona import CreatedPersona
from .created_voice import CreatedVoice
from .custom_model_create_request import CustomModelCreateRequest
from .custom_model_delete_request import CustomModelDeleteRequest
from .custom_model_generate_request import CustomModelGenerateRequest
from .custom_model_list_request import CustomModelListRequest
from .custom_model_retrieve_request import CustomModelRetrieveRequest
from .delete_persona_response import DeletePersonaResponse
from .error_code import ErrorCode
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .extend_request import ExtendRequest
from .file_response import FileResponse
from .file_result import FileResult
from .generate_request import GenerateRequest
from .inspo_request import InspoRequest
from .lyric_prompt import LyricPrompt
from .lyrics_model import LyricsModel
from .lyrics_request import LyricsRequest
from .lyrics_response import LyricsResponse
from .lyrics_variant import LyricsVariant
from .mashup_lyrics_request import MashupLyricsRequest
from .mashup_lyrics_response import MashupLyricsResponse
from .mashup_request import MashupRequest
from .midi_instrument import MidiInstrument
from .midi_note import MidiNote
from .midi_response import MidiResponse
from .midi_result import MidiResult
from .mp_4_response import Mp4Response
from .mp_4_result import Mp4Result
from .overpainting_request import OverpaintingRequest
from .persona import Persona
from .persona_list import PersonaList
from .persona_request import PersonaRequest
from .persona_response import PersonaResponse
from .project_add_track_request import ProjectAddTrackRequest
from .project_commit_candidate_request import ProjectCommitCandidateRequest
from .project_create_request import ProjectCreateRequest
from .project_generate_track_request import ProjectGenerateTrackRequest
from .project_remove_track_request import ProjectRemoveTrackRequest
from .project_render_request import ProjectRenderRequest
from .project_replace_section_request import ProjectReplaceSectionRequest
from .project_retrieve_request import ProjectRetrieveRequest
from .project_save_request import ProjectSaveRequest
from .project_state import ProjectState
from .project_upload_request import ProjectUploadRequest
from .remaster_request import RemasterRequest
from .replace_section_request import ReplaceSectionRequest
from .retrieve_task_request import RetrieveTaskRequest
from .retrieve_tasks_request import RetrieveTasksRequest
from .samples_request import SamplesRequest
from .song import Song
from .song_concat_history_type_0_item import SongConcatHistoryType0Item
from .song_state import SongState
from .stems_request import StemsRequest
from .style_request import StyleRequest
from .style_response import StyleResponse
from .style_result import StyleResult
from .suno_model import SunoModel
from .task_list import TaskList
from .task_not_found import TaskNotFound
from .task_record import TaskRecord
from .task_request_echo import TaskRequestEcho
from .task_response_echo import TaskResponseEcho
from .timing_response import TimingResponse
from .timing_result import TimingResult
from .underpainting_request import UnderpaintingRequest
from .upload_cover_request import UploadCoverRequest
from .upload_extend_request import UploadExtendRequest
from .upload_request import UploadRequest
from .upload_response import UploadResponse
from .uploaded_audio import UploadedAudio
from .variation_category import VariationCategory
from .vocal_gender import VocalGender
from .voice_request import VoiceRequest
from .voice_response import VoiceResponse
from .vox_request import VoxRequest
from .vox_response import VoxResponse
from .vox_result import VoxResult
from .vox_result_wave_response_type_0 import VoxResultWaveResponseType0

__all__ = (
    "AlignedWord",
    "AllStemsRequest",
    "ArtistConsistencyRequest",
    "ArtistConsistencyVoxRequest",
    "AsyncAudioIdRequest",
    "AudioIdRequest",
    "AudiosResponse",
    "BetaResponse",
    "BetaResponseDataType0",
    "ConcatRequest",
    "CoverRequest",
    "CreatedPersona",
    "CreatedVoice",
    "CustomModelCreateRequest",
    "CustomModelDeleteRequest",
    "CustomModelGenerateRequest",
    "CustomModelListRequest",
    "CustomModelRetrieveRequest",
    "DeletePersonaResponse",
    "ErrorCode",
    "ErrorDetail",
    "ErrorResponse",
    "ExtendRequest",
    "FileResponse",
    "FileResult",
    "GenerateRequest",
    "InspoRequest",
    "LyricPrompt",
    "LyricsModel",
    "LyricsRequest",
    "LyricsResponse",
    "LyricsVariant",
    "MashupLyricsRequest",
    "MashupLyricsResponse",
    "MashupRequest",
    "MidiInstrument",
    "MidiNote",
    "MidiResponse",
    "MidiResult",
    "Mp4Response",
    "Mp4Result",
    "OverpaintingRequest",
    "Persona",
    "PersonaList",
    "PersonaRequest",
    "PersonaResponse",
    "ProjectAddTrackRequest",
    "ProjectCommitCandidateRequest",
    "ProjectCreateRequest",
    "ProjectGenerateTrackRequest",
    "ProjectRemoveTrackRequest",
    "ProjectRenderRequest",
    "ProjectReplaceSectionRequest",
    "ProjectRetrieveRequest",
    "ProjectSaveRequest",
    "ProjectState",
    "ProjectUploadRequest",
    "RemasterRequest",
    "ReplaceSectionRequest",
    "RetrieveTaskRequest",
    "RetrieveTasksRequest",
    "SamplesRequest",
    "Song",
    "SongConcatHistoryType0Item",
    "SongState",
    "StemsRequest",
    "StyleRequest",
    "StyleResponse",
    "StyleResult",
    "SunoModel",
    "TaskList",
    "TaskNotFound",
    "TaskRecord",
    "TaskRequestEcho",
    "TaskResponseEcho",
    "TimingResponse",
    "TimingResult",
    "UnderpaintingRequest",
    "UploadCoverRequest",
    "UploadExtendRequest",
    "UploadRequest",
    "UploadResponse",
    "UploadedAudio",
    "VariationCategory",
    "VocalGender",
    "VoiceRequest",
    "VoiceResponse",
    "VoxRequest",
    "VoxResponse",
    "VoxResult",
    "VoxResultWaveResponseType0",
)
