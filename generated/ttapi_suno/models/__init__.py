"""Contains all the data models used in inputs/outputs"""

from .aligned_lyrics_request import AlignedLyricsRequest
from .aligned_lyrics_response import AlignedLyricsResponse
from .cover_music_request import CoverMusicRequest
from .create_persona_request import CreatePersonaRequest
from .extend_music_request import ExtendMusicRequest
from .extract_vox_request import ExtractVoxRequest
from .failure import Failure
from .failure_data_type_0 import FailureDataType0
from .generate_lyrics_request import GenerateLyricsRequest
from .generate_music_request import GenerateMusicRequest
from .generate_sounds_request import GenerateSoundsRequest
from .inspo_request import InspoRequest
from .job import Job
from .job_data import JobData
from .job_status import JobStatus
from .lyrics_model import LyricsModel
from .midi_data import MidiData
from .midi_instrument import MidiInstrument
from .midi_note import MidiNote
from .midi_request import MidiRequest
from .midi_response import MidiResponse
from .music import Music
from .music_id_request import MusicIdRequest
from .persona_data import PersonaData
from .persona_response import PersonaResponse
from .remaster_model import RemasterModel
from .remaster_request import RemasterRequest
from .replace_section_request import ReplaceSectionRequest
from .sound_key import SoundKey
from .sound_type import SoundType
from .sounds_model import SoundsModel
from .stems_request import StemsRequest
from .submit_data import SubmitData
from .submit_response import SubmitResponse
from .suno_model import SunoModel
from .undocumented_request import UndocumentedRequest
from .upload_audio_request import UploadAudioRequest
from .upload_data import UploadData
from .upload_response import UploadResponse
from .variation_category import VariationCategory
from .vocal_gender import VocalGender
from .vox_data import VoxData
from .vox_data_wave_response_type_0 import VoxDataWaveResponseType0
from .vox_response import VoxResponse

__all__ = (
    "AlignedLyricsRequest",
    "AlignedLyricsResponse",
    "CoverMusicRequest",
    "CreatePersonaRequest",
    "ExtendMusicRequest",
    "ExtractVoxRequest",
    "Failure",
    "FailureDataType0",
    "GenerateLyricsRequest",
    "GenerateMusicRequest",
    "GenerateSoundsRequest",
    "InspoRequest",
    "Job",
    "JobData",
    "JobStatus",
    "LyricsModel",
    "MidiData",
    "MidiInstrument",
    "MidiNote",
    "MidiRequest",
    "MidiResponse",
    "Music",
    "MusicIdRequest",
    "PersonaData",
    "PersonaResponse",
    "RemasterModel",
    "RemasterRequest",
    "ReplaceSectionRequest",
    "SoundKey",
    "SoundType",
    "SoundsModel",
    "StemsRequest",
    "SubmitData",
    "SubmitResponse",
    "SunoModel",
    "UndocumentedRequest",
    "UploadAudioRequest",
    "UploadData",
    "UploadResponse",
    "VariationCategory",
    "VocalGender",
    "VoxData",
    "VoxDataWaveResponseType0",
    "VoxResponse",
)
