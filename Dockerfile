# Multi-stage build of the Dilemmaregister. Needs a Docker engine (not available on the development machines
# of this project; there ./run.sh is the way). The app listens on 8080 and runs as a non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
COPY scripts/vendor-frontend.sh scripts/
COPY Directory.Build.props Directory.Packages.props global.json .editorconfig ./
COPY src/OmgekeerdHandhaven.Web/OmgekeerdHandhaven.Web.csproj src/OmgekeerdHandhaven.Web/packages.lock.json src/OmgekeerdHandhaven.Web/
RUN dotnet restore src/OmgekeerdHandhaven.Web/OmgekeerdHandhaven.Web.csproj --locked-mode
COPY src/ src/
RUN scripts/vendor-frontend.sh \
 && dotnet publish src/OmgekeerdHandhaven.Web/OmgekeerdHandhaven.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# The Dutch word list (Debian's wdutch) lets search split compounds ("uitkeringsfraude" → uitkering + fraude).
RUN apt-get update && apt-get install -y --no-install-recommends wdutch && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production
EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "OmgekeerdHandhaven.Web.dll"]
