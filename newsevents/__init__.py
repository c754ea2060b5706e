"""newsevents: news about political violence in; structured, geocoded incident data out."""
