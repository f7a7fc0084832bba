# PostgreSQL for docker-compose, with the rum extension search uses to rank inside the index (optional but faster).
FROM postgres:15
RUN apt-get update && apt-get install -y --no-install-recommends postgresql-15-rum && rm -rf /var/lib/apt/lists/*
