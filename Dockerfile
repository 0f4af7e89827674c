# Builds the MicroCred portal into a small ASP.NET Core runtime image.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig MicroCred.sln ./
COPY src/ src/
RUN dotnet publish src/MicroCred.Web/MicroCred.Web.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_URLS=http://+:8080 \
    DataFolder=/var/lib/microcred
RUN mkdir -p /var/lib/microcred && chown app:app /var/lib/microcred
USER app
EXPOSE 8080
ENTRYPOINT ["dotnet", "MicroCred.Web.dll"]
