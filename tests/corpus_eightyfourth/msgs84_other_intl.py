"""German, French and Spanish 'other' mail for the 84th corpus (data only)."""

_UNSUB = {"List-Unsubscribe": "<mailto:unsubscribe@lists.example.net?subject=unsubscribe>"}

MESSAGES = [
    # German
    {"kind": "other", "slug": "de_stepstone_jobagent", "lang": "de",
         "frm": "StepStone Jobagent <jobagent@stepstone.example.de>",
         "subj": "12 neue Jobs für „Controller Treasury“ in Frankfurt",
         "fmt": "html", "hdrs": dict(_UNSUB, **{"List-Id": "<jobagent.stepstone.example.de>"}), "contact": "",
         "body": """Hallo Fergus,

dein Jobagent hat neue passende Stellen gefunden:

Referent Treasury (w/m/d) – Mainfurt Bank AG – Frankfurt – Schnell bewerben
Controller (m/w/d) Konzernreporting – Brückner Logistik GmbH – Offenbach
Senior Manager Finance Transformation – Alpenstrom AG – München/remote

Alle Jobs ansehen

Du erhältst diese E-Mail, weil du einen Jobagenten angelegt hast. Abmelden
"""},
    {"kind": "other", "slug": "de_karriere_newsletter", "lang": "de",
         "frm": "karriere-kompass <redaktion@karriere-kompass.example.de>",
         "subj": "Absage nach dem Vorstellungsgespräch? So reagieren Sie richtig",
         "fmt": "html", "hdrs": _UNSUB, "contact": "",
         "body": """Liebe Leserinnen und Leser,

eine Absage nach dem Vorstellungsgespräch tut weh. In unserem Schwerpunkt erklären wir, wie Sie professionell antworten, um Feedback bitten und warum ein „leider müssen wir Ihnen mitteilen“ oft nichts mit Ihrer Qualifikation zu tun hat.

Außerdem: Einladung zum Assessment Center – die 5 häufigsten Übungen.

Ihr Redaktionsteam karriere-kompass
Newsletter abbestellen
"""},
    {"kind": "other", "slug": "de_xing_headhunter_kalt", "lang": "de",
         "frm": "Markus Feld <m.feld@hochfeld-executive.example.de>",
         "subj": "Kontakt",
         "body": """Hallo Herr Adeyemi-Walsh,

ich bin auf Ihr Profil aufmerksam geworden und berate regelmäßig Mandanten aus dem Versicherungsumfeld bei der Besetzung von Positionen im Finanzbereich. Aktuell habe ich nichts Konkretes, würde mich aber über eine Vernetzung freuen.

Beste Grüße
Markus Feld
Hochfeld Executive Search
"""},
    {"kind": "other", "slug": "de_paket_verspaetet", "lang": "de",
         "frm": "DHL Paket <noreply@dhl.example.de>",
         "subj": "Ihre Sendung verspätet sich leider",
         "fmt": "html", "contact": "",
         "body": """Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161234567890. Wir bitten um Entschuldigung.

Neuer voraussichtlicher Zustelltag: Mittwoch, 22.04.2026

Ihr DHL Paket-Team
"""},
    {"kind": "other", "slug": "de_wohnung_absage", "lang": "de",
         "frm": "Immobilien Gerlach <vermietung@gerlach-immo.example.de>",
         "subj": "Ihre Anfrage zur Wohnung Schweizer Straße 14",
         "contact": "vermietung@gerlach-immo.example.de",
         "body": """Sehr geehrter Herr Adeyemi-Walsh,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Schweizer Straße. Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für einen anderen Interessenten entschieden hat.

Mit freundlichen Grüßen
Immobilien Gerlach
"""},
    {"kind": "other", "slug": "de_freundin_vorstellungsgespraech", "lang": "de",
         "frm": "Johanna Maier <jo.maier@example.net>",
         "subj": "na du",
         "body": """Hey Fergus,

wie läuft's in Frankfurt? Ich hatte heute mein drittes Vorstellungsgespräch bei der Versicherung und danach direkt die Absage per Mail, voll frustrierend. Wollen wir Samstag auf einen Kaffee?

Jo
"""},
    {"kind": "other", "slug": "de_bank_kreditantrag", "lang": "de",
         "frm": "Sparkasse Mainufer <service@sparkasse-mainufer.example.de>",
         "subj": "Eingang Ihres Kreditantrags", "contact": "",
         "body": """Sehr geehrter Herr Adeyemi-Walsh,

wir bestätigen den Eingang Ihres Antrags auf einen Ratenkredit. Die Prüfung dauert in der Regel 2 bis 3 Werktage.

Ihre Sparkasse Mainufer
Diese Nachricht wurde automatisch erstellt.
"""},
    {"kind": "other", "slug": "de_teams_standup", "lang": "de",
         "frm": "Microsoft Outlook <no-reply@outlook.example.com>",
         "subj": "Erinnerung: Daily Stand-up Controlling, 09:15",
         "fmt": "alt", "contact": "",
         "ics": {"method": "PUBLISH", "summary": "Daily Stand-up Controlling", "start": "20260615T071500Z", "end": "20260615T073000Z",
                  "organizer": "no-reply@outlook.example.com", "location": "Microsoft Teams-Besprechung", "rrule": "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR"},
         "body": """Erinnerung

Daily Stand-up Controlling
Montag, 15. Juni 2026, 09:15–09:30
Microsoft Teams-Besprechung
"""},
    {"kind": "other", "slug": "de_eigene_mail_bewerbung", "lang": "de",
         "frm": "Fergus Adeyemi-Walsh <fergus.aw@example.co.uk>",
         "to": "Sabine Krüger <sabine.krueger@mainfurt-bank.example.de>",
         "subj": "AW: Terminverschiebung Vorstellungsgespräch am 25.03.", "contact": "",
         "body": """Sehr geehrte Frau Krüger,

vielen Dank für Ihre Nachricht. Der 31. März um 10:00 Uhr passt mir sehr gut, ich bestätige den neuen Termin gern.

Mit freundlichen Grüßen
Fergus Adeyemi-Walsh
"""},
    {"kind": "other", "slug": "de_sprachkurs", "lang": "de",
         "frm": "Volkshochschule Frankfurt <kurse@vhs-ffm.example.de>",
         "subj": "Anmeldebestätigung: Deutsch B2 Abendkurs", "contact": "",
         "body": """Sehr geehrter Herr Adeyemi-Walsh,

hiermit bestätigen wir Ihre Anmeldung zum Kurs Deutsch B2 (Abendkurs, dienstags 18:30–20:45) ab dem 8. September 2026.

Ihre VHS Frankfurt
"""},
    {"kind": "other", "slug": "de_presse_interview", "lang": "de",
         "frm": "Nina Albers <n.albers@finanzblatt.example.de>",
         "subj": "Interviewanfrage Finanzblatt",
         "body": """Hallo Herr Adeyemi-Walsh,

ich schreibe für das Finanzblatt einen Artikel über britische Finanzfachleute, die nach Frankfurt wechseln. Hätten Sie Lust auf ein kurzes Interview (20 Minuten, telefonisch) nächste Woche?

Viele Grüße
Nina Albers
Redakteurin, Finanzblatt
"""},
    {"kind": "other", "slug": "de_ooo_recruiterin", "lang": "de",
         "frm": "Katrin Hofmeister <k.hofmeister@elbtal-leasing.example.de>",
         "subj": "Abwesenheitsnotiz: Gespräch am Dienstag",
         "hdrs": {"Auto-Submitted": "auto-replied"},
         "body": """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 10. April nicht im Büro. In dringenden Fällen wenden Sie sich bitte an finanzen@elbtal-leasing.example.de.

Katrin Hofmeister
"""},
    # French
    {"kind": "other", "slug": "fr_wttj_alerte", "lang": "fr",
         "frm": "Welcome to the Jungle <alertes@welcometothejungle.example.com>",
         "subj": "5 nouvelles offres qui pourraient vous plaire",
         "fmt": "html", "hdrs": dict(_UNSUB, **{"List-Id": "<alertes.wttj.example.com>"}), "contact": "",
         "body": """Bonjour Fergus,

Voici les offres du jour pour « contrôle de gestion » à Paris :

Contrôleur de gestion H/F – Hélios Prévoyance – CDI
Analyste FP&A – Maison Vernet – CDI – Télétravail partiel
Responsable Reporting ESG – Papillon Energie – CDI

Voir toutes les offres

Vous recevez cet e-mail car vous avez créé une alerte. Se désabonner
"""},
    {"kind": "other", "slug": "fr_newsletter_entretien", "lang": "fr",
         "frm": "Cadremploi Conseils <conseils@cadremploi.example.fr>",
         "subj": "Entretien d'embauche : les 10 questions pièges",
         "fmt": "html", "hdrs": _UNSUB, "contact": "",
         "body": """Cette semaine :

Entretien d'embauche : les 10 questions pièges et comment y répondre
Refus après un entretien : faut-il demander un retour ?
Promesse d'embauche : ce qu'elle vous engage à faire

Se désinscrire de la newsletter
"""},
    {"kind": "other", "slug": "fr_colis_retard", "lang": "fr",
         "frm": "Colissimo <noreply@colissimo.example.fr>",
         "subj": "Votre colis est retardé", "fmt": "html", "contact": "",
         "body": """Bonjour,

Malheureusement, votre colis 6A12345678901 a pris du retard. Nous mettons tout en œuvre pour vous le livrer au plus vite.

Nouvelle date estimée : vendredi 15 mai
"""},
    {"kind": "other", "slug": "fr_ami_refus", "lang": "fr",
         "frm": "Thomas Lefèvre <thomas.lefevre@example.net>",
         "subj": "devine quoi",
         "body": """Salut Fergus,

Refusé chez le cabinet d'audit après le troisième entretien, « nous avons retenu un profil plus en adéquation ». Bref. On se fait un apéro jeudi pour que je me plaigne ?

Thomas
"""},
    {"kind": "other", "slug": "fr_cabinet_approche", "lang": "fr",
         "frm": "Clémence Girard <c.girard@orsay-talents.example.fr>",
         "subj": "Échange ?",
         "body": """Bonjour Fergus,

Je suis consultante chez Orsay Talents, spécialisée dans les fonctions finance. Votre parcours entre Londres et Dublin m'a interpellée. Je n'ai pas de poste précis à vous présenter pour le moment, mais seriez-vous ouvert à rester en contact ?

Bien à vous,
Clémence Girard
"""},
    {"kind": "other", "slug": "fr_admission_master", "lang": "fr",
         "frm": "Admissions <admissions@ecole-commerce-paris.example.fr>",
         "subj": "Décision d'admission – Mastère Spécialisé Finance Durable",
         "fmt": "alt", "contact": "",
         "body": """Cher candidat,

Nous avons le regret de vous informer que votre candidature au Mastère Spécialisé Finance Durable n'a pas été retenue par le jury d'admission.

Le Service des Admissions
"""},
    {"kind": "other", "slug": "fr_mutuelle_dossier", "lang": "fr",
         "frm": "Mutuelle Saint-Roch <adhesion@mutuelle-stroch.example.fr>",
         "subj": "Votre demande d'adhésion a bien été reçue", "contact": "",
         "body": """Bonjour Monsieur Adeyemi-Walsh,

Nous accusons réception de votre demande d'adhésion à notre contrat santé. Votre dossier est en cours d'étude, vous recevrez votre carte de tiers payant sous 10 jours.

Mutuelle Saint-Roch
"""},
    {"kind": "other", "slug": "fr_propre_mail", "lang": "fr",
         "frm": "Fergus Adeyemi-Walsh <fergus.aw@example.co.uk>",
         "to": "Sophie Marchand <s.marchand@banque-valmy.example.fr>",
         "subj": "Re: Report de notre entretien", "contact": "",
         "body": """Bonjour Madame Marchand,

Le mercredi 13 mai à 16h me convient parfaitement. Merci pour votre flexibilité.

Bien cordialement,
Fergus Adeyemi-Walsh
"""},
    {"kind": "other", "slug": "fr_sncf_billet", "lang": "fr",
         "frm": "SNCF Connect <confirmation@sncf-connect.example.com>",
         "subj": "Votre e-billet Paris → Lyon", "fmt": "html", "contact": "",
         "body": """Bonjour Fergus,

Votre voyage est confirmé. Paris Gare de Lyon 07:56 → Lyon Part-Dieu 09:52, voiture 14, place 63.
"""},
    # Spanish
    {"kind": "other", "slug": "es_infojobs_alertas", "lang": "es",
         "frm": "InfoEmpleo Alertas <alertas@infoempleo-portal.example.es>",
         "subj": "Nuevas ofertas de Controller en Madrid",
         "fmt": "html", "hdrs": dict(_UNSUB, **{"List-Id": "<alertas.infoempleo.example.es>"}), "contact": "",
         "body": """Hola Fergus,

Tenemos 9 ofertas nuevas que encajan con tu alerta:

Controller Financiero – Seguros Levante – Valencia
Auditor Interno Senior – Grupo Albora – Madrid
Analista de Tesorería – Banco Castellana – Madrid

Ver todas | Darse de baja
"""},
    {"kind": "other", "slug": "es_newsletter_rechazo", "lang": "es",
         "frm": "Blog Empleo Finanzas <boletin@empleofinanzas.example.es>",
         "subj": "Cómo responder a un rechazo tras la entrevista",
         "fmt": "html", "hdrs": _UNSUB, "contact": "",
         "body": """Boletín semanal

Cómo responder a un rechazo tras la entrevista (y por qué deberías hacerlo)
¿No te presentaste a la entrevista? Qué decir al seleccionador
Negociar una oferta: 5 errores comunes

Darse de baja
"""},
    {"kind": "other", "slug": "es_pedido_retrasado", "lang": "es",
         "frm": "Correos <notificaciones@correos.example.es>",
         "subj": "Tu envío lleva retraso", "fmt": "html", "contact": "",
         "body": """Hola,

Lamentablemente tu envío PQ4F5G0123456 se ha retrasado por una incidencia en el centro de clasificación. Disculpa las molestias.

Correos
"""},
    {"kind": "other", "slug": "es_amigo_entrevista", "lang": "es",
         "frm": "Pablo Navarro <pablo.navarro@example.net>",
         "subj": "jaja mira esto",
         "body": """Tío, al final me rechazaron en la consultora, me dijeron que "buscaban un perfil más senior". Después de cuatro entrevistas!! En fin, ¿cañas el viernes?

Pablo
"""},
    {"kind": "other", "slug": "es_clase_espanol", "lang": "es",
         "frm": "Academia Sol <info@academiasol.example.es>",
         "subj": "Tu clase de español del martes",
         "body": """Hola Fergus,

Te recordamos que el martes la clase de nivel B1 será a las 19:00 en el aula 3. ¡No olvides los deberes del subjuntivo!

Un saludo,
Marisa
Academia Sol
"""},
    {"kind": "other", "slug": "es_solicitud_hipoteca", "lang": "es",
         "frm": "Banco Meseta <hipotecas@bancomeseta.example.es>",
         "subj": "Hemos recibido tu solicitud de hipoteca", "contact": "",
         "body": """Hola Fergus,

Hemos recibido tu solicitud de hipoteca. Un gestor la revisará y te contactará en un plazo de 5 días hábiles.

Banco Meseta
Este correo es automático, no respondas.
"""},
    {"kind": "other", "slug": "es_entrevista_radio", "lang": "es",
         "frm": "Elena Ruiz <elena.ruiz@radioribera.example.es>",
         "subj": "Entrevista para el programa",
         "body": """Hola Fergus,

Soy productora de "Economía en Casa" en Radio Ribera. ¿Te animarías a una breve entrevista en directo el jueves sobre la vida de un británico trabajando en finanzas en Madrid?

Gracias,
Elena Ruiz
"""},
    {"kind": "other", "slug": "es_propio_envio", "lang": "es",
         "frm": "Fergus Adeyemi-Walsh <fergus.aw@example.co.uk>",
         "to": "Marta Vidal <mvidal@talentiaexec.example.es>",
         "subj": "Re: Entrevista Brisamar", "contact": "",
         "body": """Hola Marta,

Mil disculpas, tuve un problema familiar urgente y no pude conectarme a la entrevista. ¿Crees que sería posible pedir una nueva fecha al comité?

Un saludo,
Fergus
"""},
    {"kind": "other", "slug": "es_gimnasio_baja", "lang": "es",
         "frm": "FitZona <socios@fitzona.example.es>",
         "subj": "Confirmación de baja temporal", "contact": "",
         "body": """Hola Fergus,

Confirmamos tu baja temporal del 1 al 31 de agosto. No se realizará ningún cargo durante ese periodo.

FitZona Chamberí
"""},
]
