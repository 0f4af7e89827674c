using MicroCred.Domain.Credentials;

namespace MicroCred.Documents.Templates;

/// <summary>The printed wording of a certificate in one language.</summary>
public sealed record CertificateLabelSet(
    string Language,
    string EctsTitle,
    string AttendanceTitle,
    string ParticipationTitle,
    string CompletionTitle,
    string AwardedTo,
    IReadOnlyList<string> Elements,
    string AwardType,
    string Grade,
    string ProfessionalCredits,
    string Supervision,
    string Prerequisites,
    string Stackability,
    string FurtherInformation,
    string CredentialId,
    string Verify,
    string ContentHash,
    string IssuedBy,
    string NotADegree,
    string NoCredits,
    string OutcomesNotAssessed,
    string NoLevelCertified,
    string NoAssessment);

/// <summary>
/// Certificate wording per language (ISO 639-1). Fallback rule: English always prints; the second language is
/// the first requested language other than English that has a label set here. When only English is requested,
/// the issuing institution's national language is added (if it has a label set). When other languages are
/// requested but none has a label set, or no second language can be found, the certificate is English only.
/// </summary>
public static class CertificateLabels
{
    public const string English = "en";

    private static readonly Dictionary<string, CertificateLabelSet> _sets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = new("en", "Micro-credential Certificate", "Badge of Attendance", "Badge of Participation", "Badge of Completion", "awarded to",
            ["Learner identification", "Title of the micro-credential", "Country or region of the issuer", "Awarding bodies", "Date of issue",
             "Learning outcomes", "Notional workload", "Level (and cycle)", "Type of assessment", "Form of participation", "Type of quality assurance"],
            "Type of award", "Grade achieved", "Professional credits", "Supervision and identity check", "Prerequisites", "Integration and stacking",
            "Further information", "Credential ID", "Verify at", "Content hash (SHA-256)", "Issued by",
            "This micro-credential is not an academic degree; its level alone gives no access to the next cycle of higher education.",
            "No credits are awarded with this badge.",
            CredentialContentBuilder.OutcomesNotAssessed,
            CredentialContentBuilder.NoLevelCertified,
            CredentialContentBuilder.NoAssessment),
        ["nl"] = new("nl", "Certificaat microcredential", "Badge voor aanwezigheid", "Badge voor deelname", "Badge voor afronding", "toegekend aan",
            ["Identificatie van de lerende", "Titel van de microcredential", "Land of regio van de uitgever", "Toekennende instellingen", "Datum van uitgifte",
             "Leerresultaten", "Nominale studielast", "Niveau (en cyclus)", "Wijze van toetsing", "Vorm van deelname", "Vorm van kwaliteitszorg"],
            "Soort erkenning", "Behaald resultaat", "Beroepsmatige punten", "Toezicht en identiteitscontrole", "Toelatingseisen", "Inpassing en stapelbaarheid",
            "Aanvullende informatie", "Kenmerk", "Controleer via", "Inhoudshash (SHA-256)", "Uitgegeven door",
            "Deze microcredential is geen academische graad; het niveau alleen geeft geen toegang tot een volgende studiecyclus.",
            "Aan deze badge zijn geen studiepunten verbonden.",
            "Niet getoetst: de lerende nam deel zonder toetsing. Hieronder staan de leerresultaten die de cursus beoogt; deze badge bevestigt er geen van.",
            "Geen niveau bevestigd: de lerende nam deel zonder toetsing.",
            "Geen: de lerende nam deel zonder toetsing (alleen aanwezigheid)"),
        ["es"] = new("es", "Certificado de microcredencial", "Insignia de asistencia", "Insignia de participación", "Insignia de finalización", "otorgado a",
            ["Identificación del estudiante", "Título de la microcredencial", "País o región del emisor", "Entidades otorgantes", "Fecha de expedición",
             "Resultados de aprendizaje", "Carga de trabajo estimada", "Nivel (y ciclo)", "Tipo de evaluación", "Modalidad de participación", "Tipo de garantía de calidad"],
            "Tipo de reconocimiento", "Calificación obtenida", "Créditos profesionales", "Supervisión y verificación de identidad", "Requisitos previos", "Integración y acumulación",
            "Información adicional", "Identificador", "Verificación en", "Hash del contenido (SHA-256)", "Expedido por",
            "Esta microcredencial no es un título académico; su nivel por sí solo no da acceso al siguiente ciclo de estudios.",
            "Esta insignia no otorga créditos.",
            "Sin evaluar: el estudiante participó sin evaluación. Debajo figuran los resultados que persigue el curso; esta insignia no acredita ninguno de ellos.",
            "No se acredita ningún nivel: el estudiante participó sin evaluación.",
            "Ninguna: el estudiante participó sin evaluación (solo asistencia)"),
        ["pt"] = new("pt", "Certificado de microcredencial", "Insígnia de frequência", "Insígnia de participação", "Insígnia de conclusão", "atribuído a",
            ["Identificação do estudante", "Título da microcredencial", "País ou região do emissor", "Entidades outorgantes", "Data de emissão",
             "Resultados de aprendizagem", "Carga de trabalho estimada", "Nível (e ciclo)", "Tipo de avaliação", "Forma de participação", "Tipo de garantia de qualidade"],
            "Tipo de certificação", "Classificação obtida", "Créditos profissionais", "Supervisão e verificação de identidade", "Pré-requisitos", "Integração e acumulação",
            "Informação adicional", "Identificador", "Verificação em", "Hash do conteúdo (SHA-256)", "Emitido por",
            "Esta microcredencial não é um grau académico; o seu nível, por si só, não dá acesso ao ciclo de estudos seguinte.",
            "Esta insígnia não confere créditos.",
            "Não avaliados: o estudante participou sem avaliação. Abaixo estão os resultados que o curso visa; esta insígnia não certifica nenhum deles.",
            "Nenhum nível certificado: o estudante participou sem avaliação.",
            "Nenhuma: o estudante participou sem avaliação (apenas frequência)"),
        ["el"] = new("el", "Πιστοποιητικό μικροδιαπιστευτηρίου", "Σήμα παρακολούθησης", "Σήμα συμμετοχής", "Σήμα ολοκλήρωσης", "απονέμεται σε",
            ["Στοιχεία εκπαιδευόμενου", "Τίτλος του μικροδιαπιστευτηρίου", "Χώρα ή περιφέρεια του εκδότη", "Φορείς απονομής", "Ημερομηνία έκδοσης",
             "Μαθησιακά αποτελέσματα", "Εκτιμώμενος φόρτος εργασίας", "Επίπεδο (και κύκλος)", "Τύπος αξιολόγησης", "Μορφή συμμετοχής", "Τύπος διασφάλισης ποιότητας"],
            "Είδος απονομής", "Βαθμός", "Επαγγελματικές μονάδες", "Επιτήρηση και έλεγχος ταυτότητας", "Προαπαιτούμενα", "Ενσωμάτωση και συσσώρευση",
            "Πρόσθετες πληροφορίες", "Αριθμός πιστοποιητικού", "Επαλήθευση στο", "Αποτύπωμα περιεχομένου (SHA-256)", "Εκδόθηκε από",
            "Το μικροδιαπιστευτήριο αυτό δεν είναι ακαδημαϊκός τίτλος. Το επίπεδό του δεν δίνει από μόνο του πρόσβαση στον επόμενο κύκλο σπουδών.",
            "Το σήμα αυτό δεν απονέμει πιστωτικές μονάδες.",
            "Δεν αξιολογήθηκαν: ο εκπαιδευόμενος συμμετείχε χωρίς αξιολόγηση. Παρακάτω είναι τα αποτελέσματα στα οποία στοχεύει το μάθημα· το σήμα αυτό δεν πιστοποιεί κανένα από αυτά.",
            "Δεν πιστοποιείται επίπεδο: ο εκπαιδευόμενος συμμετείχε χωρίς αξιολόγηση.",
            "Καμία: ο εκπαιδευόμενος συμμετείχε χωρίς αξιολόγηση (μόνο παρακολούθηση)"),
        ["de"] = new("de", "Zertifikat über ein Micro-Credential", "Badge für Anwesenheit", "Badge für Teilnahme", "Badge für Abschluss", "verliehen an",
            ["Identifikation der lernenden Person", "Titel des Micro-Credentials", "Land oder Region der ausstellenden Stelle", "Verleihende Einrichtungen", "Ausstellungsdatum",
             "Lernergebnisse", "Veranschlagter Arbeitsaufwand", "Niveau (und Zyklus)", "Art der Prüfung", "Form der Teilnahme", "Art der Qualitätssicherung"],
            "Art der Auszeichnung", "Erzielte Note", "Berufliche Fortbildungspunkte", "Aufsicht und Identitätsprüfung", "Voraussetzungen", "Anrechnung und Kombinierbarkeit",
            "Weitere Informationen", "Kennung", "Prüfen unter", "Inhalts-Hash (SHA-256)", "Ausgestellt von",
            "Dieses Micro-Credential ist kein akademischer Grad; sein Niveau allein eröffnet keinen Zugang zum nächsten Studienzyklus.",
            "Mit diesem Badge werden keine Leistungspunkte vergeben.",
            "Nicht geprüft: Die lernende Person hat ohne Prüfung teilgenommen. Unten stehen die Lernergebnisse, die der Kurs anstrebt; dieses Badge bescheinigt keines davon.",
            "Kein Niveau bescheinigt: Die lernende Person hat ohne Prüfung teilgenommen.",
            "Keine: Die lernende Person hat ohne Prüfung teilgenommen (nur Anwesenheit)"),
        ["fr"] = new("fr", "Certificat de microcertification", "Badge de présence", "Badge de participation", "Badge d'achèvement", "décerné à",
            ["Identification de l'apprenant", "Intitulé de la microcertification", "Pays ou région de l'émetteur", "Organismes de délivrance", "Date de délivrance",
             "Acquis d'apprentissage", "Charge de travail théorique", "Niveau (et cycle)", "Type d'évaluation", "Forme de participation", "Type d'assurance qualité"],
            "Type de reconnaissance", "Note obtenue", "Crédits professionnels", "Surveillance et vérification d'identité", "Prérequis", "Intégration et cumul",
            "Informations complémentaires", "Identifiant", "Vérification sur", "Empreinte du contenu (SHA-256)", "Délivré par",
            "Cette microcertification n'est pas un grade universitaire ; son niveau seul ne donne pas accès au cycle d'études suivant.",
            "Ce badge ne donne droit à aucun crédit.",
            "Non évalués : l'apprenant a participé sans évaluation. Ci-dessous figurent les acquis visés par le cours ; ce badge n'en certifie aucun.",
            "Aucun niveau certifié : l'apprenant a participé sans évaluation.",
            "Aucune : l'apprenant a participé sans évaluation (présence uniquement)"),
        ["it"] = new("it", "Certificato di micro-credenziale", "Badge di frequenza", "Badge di partecipazione", "Badge di completamento", "conferito a",
            ["Identificazione del discente", "Titolo della micro-credenziale", "Paese o regione dell'emittente", "Enti conferenti", "Data di rilascio",
             "Risultati di apprendimento", "Carico di lavoro previsto", "Livello (e ciclo)", "Tipo di valutazione", "Forma di partecipazione", "Tipo di assicurazione della qualità"],
            "Tipo di riconoscimento", "Voto conseguito", "Crediti professionali", "Sorveglianza e verifica dell'identità", "Prerequisiti", "Integrazione e cumulabilità",
            "Ulteriori informazioni", "Identificativo", "Verifica su", "Impronta del contenuto (SHA-256)", "Rilasciato da",
            "Questa micro-credenziale non è un titolo accademico; il suo livello da solo non dà accesso al ciclo di studi successivo.",
            "Questo badge non attribuisce crediti.",
            "Non valutati: il discente ha partecipato senza valutazione. Di seguito i risultati a cui mira il corso; questo badge non ne certifica nessuno.",
            "Nessun livello certificato: il discente ha partecipato senza valutazione.",
            "Nessuna: il discente ha partecipato senza valutazione (solo frequenza)"),
    };

    private static readonly Dictionary<string, string> _nationalLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["NL"] = "nl", ["ES"] = "es", ["PT"] = "pt", ["BR"] = "pt", ["GR"] = "el", ["CY"] = "el", ["DE"] = "de", ["AT"] = "de",
        ["LI"] = "de", ["FR"] = "fr", ["LU"] = "fr", ["MC"] = "fr", ["IT"] = "it", ["SM"] = "it", ["VA"] = "it",
    };

    /// <summary>Languages that have a label set.</summary>
    public static IReadOnlyCollection<string> Supported => _sets.Keys;

    public static CertificateLabelSet For(string language) =>
        _sets.TryGetValue(language, out var set) ? set : throw new ArgumentException($"No certificate labels for language '{language}'.", nameof(language));

    public static bool IsSupported(string? language) => language is not null && _sets.ContainsKey(language);

    /// <summary>
    /// The printed languages: English first, then at most one other language chosen by the fallback rule
    /// described on this class.
    /// </summary>
    public static IReadOnlyList<string> Resolve(IEnumerable<string>? requested, string? issuerCountryCode = null)
    {
        var others = (requested ?? [])
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => l.Trim().ToLowerInvariant())
            .Where(l => l != English)
            .ToList();
        var second = others.FirstOrDefault(_sets.ContainsKey);
        if (others.Count == 0 && issuerCountryCode is not null && _nationalLanguage.TryGetValue(issuerCountryCode, out var national))
        {
            second = national;
        }

        return second is null ? [English] : [English, second];
    }
}
