"""What `events/` hands to `resolve/`: one draft per trigger clause, with surface strings and offsets only."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..core import Count, EventType, Status


@dataclass(frozen=True)
class ActorMention:
    text: str
    canonical: str | None          # from the registry matcher, when the text is a known alias
    kind: str | None = None        # organization / individual / state for generic nouns ("gunmen", "soldiers")
    start: int = 0                 # article offsets


@dataclass(frozen=True)
class Claim:
    """A group's own claim of an attack, or someone's attribution of it to an actor."""
    actor: ActorMention
    start: int
    negated: bool = False
    source: str | None = None      # for attributions: who said it ("U.S. officials")
    is_attribution: bool = False


@dataclass
class EventDraft:
    event_type: EventType
    status: Status
    trigger: str
    trigger_start: int
    sentence_start: int
    sentence_end: int
    sentence_text: str
    clause_key: tuple[int, int]                  # (sentence start, clause anchor token index)
    weight: float
    generic: bool                                # only generic triggers ("killed", "attack")
    suicide: bool = False
    plural_unquantified: bool = False            # "attacks" with no number: a habit, not one incident
    several: bool = False                        # "Two attacks on Thursday killed 19": a sum of acts told one by one
    anaphoric: bool = False                      # "that attack", "this bombing": points back to the last one named
    definite: bool = False                       # "the blast": may name an incident already named in the sentence
    boast: bool = False                          # its toll is the doers' own word ("JNIM said it killed hundreds")
    answered: bool = False                       # what someone is blamed for: "held responsible for the rocket attack"
    named: bool = False                          # what someone called the act: "called the shooting a political
                                                 # assassination" (its type says what it was)
    apart: bool = False                          # told in a phrase about another act than its sentence's clauses
                                                 # ("hours after gunmen stormed ..."): their places are not its
    perpetrators: list[ActorMention] = field(default_factory=list)
    targets: list[tuple[str, str | None]] = field(default_factory=list)
    victims: list[str] = field(default_factory=list)
    weapons: list[str] = field(default_factory=list)
    fatalities: Count | None = None
    injuries: Count | None = None
    date_texts: list[tuple[str, int]] = field(default_factory=list)     # (text, article offset)
    place_texts: list[tuple[str, int]] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    inherits_from: "EventDraft | None" = None    # the draft whose subject/date/place this coordinated clause shares
