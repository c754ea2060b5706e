"""incidents stage: events across articles -> incidents (blocking, similarity, merge with provenance kept)."""
from .build import build_incident
from .cluster import THRESHOLD, cluster
from .merge import merge_pending, rebuild_incidents
from .similarity import Report, make_report, similarity

__all__ = ["Report", "THRESHOLD", "build_incident", "cluster", "make_report", "merge_pending", "rebuild_incidents",
           "similarity"]
