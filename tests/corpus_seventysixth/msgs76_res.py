"""Interview reschedules and cancellations by the employer (data only)."""

MSGS = [
{"k": "res", "s": "fr_report_entretien_imprevu", "lang": "fr", "co": "Fondation Roi Albert",
     "frm": "Hélène Dufour <h.dufour@fondation-roialbert.example.be>",
     "subj": "RE: Invitation : entretien visio - Chargé·e de programme Europe",
     "body": """Bonjour Madame Diallo-Lefèvre,

Je suis désolée de vous prévenir si tard : M. Claessens a un empêchement mardi matin. Serait-il possible de décaler notre entretien au mercredi 25 février à 14h00, même format (Teams) ?

Je vous envoie une nouvelle invitation dès votre confirmation.

Bien à vous,
Hélène Dufour"""},
{"k": "res", "s": "en_cancel_ics_method_cancel", "lang": "en", "co": "Singapore Trade Forum",
     "frm": "Wei Ling Tan <weiling.tan@sgtradeforum.example.sg>",
     "subj": "Cancelled: Interview - EU Liaison Officer - Camille Diallo-Lefèvre",
     "body": """Hi Camille,

Apologies, our Executive Director has been called to an urgent board meeting so we need to cancel Thursday's interview. I'll propose new timings early next week.

Regards,
Wei Ling
Singapore Trade Forum | People & Culture""",
     "ics": {"method": "CANCEL", "summary": "Interview - EU Liaison Officer - Camille Diallo-Lefèvre", "start": "20260507T080000Z",
              "dur": 60, "loc": "Microsoft Teams Meeting", "org": "weiling.tan@sgtradeforum.example.sg", "cn": "Wei Ling Tan", "seq": 1}},
{"k": "res", "s": "de_terminverschiebung", "lang": "de", "co": "Deutsches Institut für Entwicklungszusammenarbeit",
     "frm": "Sabine Krüger <sabine.krueger@die-ez.example.de>",
     "subj": "Verschiebung Ihres Vorstellungsgesprächs am 18.03.",
     "body": """Sehr geehrte Frau Diallo-Lefèvre,

leider müssen wir das für Mittwoch, 18. März, vereinbarte Gespräch krankheitsbedingt verschieben. Wir würden Ihnen als Ersatztermin Dienstag, den 24. März, 10:00 Uhr anbieten, gleicher Ort.

Bitte geben Sie mir kurz Bescheid, ob Ihnen das passt. Bereits gebuchte Tickets können Sie uns selbstverständlich in Rechnung stellen.

Mit freundlichen Grüßen
Sabine Krüger
Deutsches Institut für Entwicklungszusammenarbeit"""},
{"k": "res", "s": "agency_client_moved_date", "lang": "en", "co": "Global Health Alliance",
     "frm": "Jess Whitfield <jess@peoplebridge-search.example.co.uk>",
     "subj": "change of plan - GHA",
     "body": """Hi Camille!

Small change - the Director of Policy at Global Health Alliance is now travelling on Thursday so they have asked if we can move your interview to Monday 9th March, same time (2pm CET). Really sorry for the shuffle!!

Can you do it? Let me know and I'll confirm with them today.

Jess"""},
{"k": "res", "s": "fr_commune_jury_postpone_html", "lang": "fr", "co": "Commune de Schaerbeek",
     "frm": "Recrutement Schaerbeek <recrutement@schaerbeek.example.be>", "sys": True,
     "rt": "Karim Benali <kbenali@schaerbeek.example.be>",
     "subj": "IMPORTANT - Report de l'épreuve orale du 2 avril", "fmt": "html",
     "body": """Madame,

En raison d'une indisponibilité d'un membre du jury, l'épreuve orale prévue le jeudi 2 avril 2026 pour la fonction de Chargé(e) de projets européens est reportée au jeudi 16 avril 2026, à la même heure (10h40), Place Colignon.

Si cette nouvelle date ne vous convient pas, nous vous prions de prendre contact avec M. Benali au plus vite.

Nous vous remercions de votre compréhension.

Service GRH - Cellule Recrutement"""},
{"k": "res", "s": "es_cambio_hora", "lang": "es", "co": "Instituto Elcano de Estudios Europeos",
     "frm": "Pablo Navarro <pnavarro@elcano-europa.example.es>",
     "subj": "RE: Siguiente fase",
     "body": """Hola Camille,

Perdona el cambio: a la directora le ha surgido un viaje a Bruselas. ¿Podríamos pasar la entrevista del lunes 9 al martes 10 a las 17:00? Si no te viene bien, buscamos otra opción.

Gracias y disculpa,
Pablo
Instituto Elcano de Estudios Europeos""",
     "quote": """El mié, 4 mar 2026 a las 18:30, Camille Diallo-Lefèvre (<camille.dl@example.be>) escribió:
> Hola Pablo, el lunes 9 a las 16:00 me viene perfecto. ¡Gracias!
> Camille"""},
{"k": "res", "s": "fr_annulation_poste_gele_entretien", "lang": "fr", "co": "Institut Émile Vandervelde",
     "frm": "Françoise Leroy <f.leroy@iev-institut.example.be>",
     "subj": "Annulation de notre rendez-vous de vendredi",
     "body": """Bonjour Camille,

Je dois malheureusement annuler notre entretien de vendredi 10h : notre conseil d'administration se réunit en urgence ce jour-là. Je reviens vers vous la semaine prochaine avec de nouvelles propositions de date.

Toutes mes excuses pour ce contretemps.

Françoise Leroy
Directrice administrative
Institut Émile Vandervelde"""},
{"k": "res", "s": "goodtime_reschedule_notice", "lang": "en", "co": "Parallax Media Group",
     "frm": "Parallax Media Group Recruiting <scheduling@goodtime.example.io>", "sys": True,
     "rt": "Dana Levin <dana.levin@parallaxmedia.example.com>",
     "subj": "Your interview with Parallax Media Group has been rescheduled",
     "body": """Hi Camille,

One of your interviewers is no longer available, so your panel for Head of Communications, Europe has been rescheduled.

New time: Wednesday, April 15, 2026, 3:00 PM - 4:00 PM (Central European Summer Time)
Location: Zoom (link in the updated invite)

If this new time does not work, please reply to this email to reach Dana Levin.

Parallax Media Group Talent Team""",
     "ics": {"summary": "Parallax Media Group - Panel interview (Camille Diallo-Lefèvre)", "start": "20260415T130000Z", "dur": 60,
              "loc": "Zoom", "org": "scheduling@goodtime.example.io", "cn": "Parallax Recruiting", "seq": 2}},
{"k": "res", "s": "fr_visio_to_presentiel", "lang": "fr", "co": "Mutualité Chrétienne",
     "frm": "Olivia Dupont <olivia.dupont@mc-mutualite.example.be>",
     "subj": "Entretien du 20/04 - changement d'horaire",
     "body": """Bonjour Camille,

Petit changement concernant votre entretien de lundi : le panel commencera à 15h30 au lieu de 14h00, la Directrice étant retenue au Parlement en début d'après-midi. L'adresse reste la même.

Je m'excuse pour ce changement et vous remercie pour votre flexibilité. N'hésitez pas à me dire si ce nouvel horaire vous pose problème.

Cordialement,
Olivia Dupont
Recrutement & Sélection
Mutualité Chrétienne"""},
{"k": "res", "s": "un_interview_postponed_sine_die", "lang": "en", "co": "United Nations Office for Partnerships",
     "frm": "Kwame Mensah <kwame.mensah@unop.example.org>",
     "subj": "JO 26-PGM-117 - postponement of interview",
     "body": """Dear Ms. Diallo-Lefèvre,

Please be advised that, owing to the liquidity measures announced by the Secretariat, the competency-based interview scheduled for 21 April has been postponed until further notice. The recruitment itself has not been cancelled, and your candidacy remains under consideration.

We will revert with a new date as soon as possible. Apologies for the inconvenience.

Best regards,
Kwame Mensah
HR Associate, Recruitment Unit
United Nations Office for Partnerships"""},
{"k": "res", "s": "fr_swiss_canton_annule_tu", "lang": "fr", "co": "Canton de Vaud",
     "frm": "Delphine Chappuis <delphine.chappuis@vd.example.ch>",
     "subj": "Demain",
     "body": """Bonjour Madame Diallo-Lefèvre,

Je suis navrée, nous devons annuler l'entretien de demain 9h pour le poste de déléguée aux affaires fédérales : la cheffe de service est malade. Je vous recontacte dès son retour pour fixer une nouvelle date.

Meilleures salutations,
Delphine Chappuis
Chancellerie d'État - Canton de Vaud
021 316 40 40"""},
{"k": "res", "s": "outlook_block_moved_en", "lang": "en", "co": "Kestrel Advisory",
     "frm": "Priya Raman <priya.raman@kestreladvisory.example.com>",
     "subj": "RE: Second interview",
     "body": """Hi Camille,

Sorry to do this - could we push tomorrow's second interview back by an hour to 12:00? Our Managing Partner's flight was delayed. Same room, Rond-Point Schuman.

Thanks for understanding,
Priya""",
     "quote": """From: Camille Diallo-Lefèvre <camille.dl@example.be>
Sent: Monday, May 11, 2026 9:02 AM
To: Priya Raman <priya.raman@kestreladvisory.example.com>
Subject: RE: Second interview

Dear Priya, confirmed for Wednesday 11:00, see you then. Best, Camille

From: Priya Raman <priya.raman@kestreladvisory.example.com>
Sent: Friday, May 8, 2026 5:47 PM
To: Camille Diallo-Lefèvre <camille.dl@example.be>
Subject: Second interview

Dear Camille, we'd like to invite you back for a second interview on Wednesday 13 May at 11:00 with our Managing Partner. Best, Priya"""},
{"k": "res", "s": "fr_agence_decalage_client", "lang": "fr", "co": "Fédération Wallonne de l'Agriculture",
     "frm": "Thomas Giraud <thomas.giraud@talentis-be.example.be>",
     "subj": "FWA - on décale",
     "body": """Hello Camille,

La Fédération Wallonne de l'Agriculture me demande de décaler ton entretien de jeudi à la semaine prochaine, leur secrétaire général est pris par les manifestations agricoles. Ils proposent mardi 16/06 à 11h ou mercredi 17/06 à 9h30, toujours à Gembloux.

Dis-moi ce qui t'arrange le mieux ?

Bonne soirée,
Thomas
Talentis - Cabinet de sélection, Namur"""},
{"k": "res", "s": "es_cancel_proceso_cancelado_entrevista", "lang": "es", "co": "Coop57 Barcelona",
     "frm": "Núria Vidal <nuria@coop57bcn.example.cat>",
     "subj": "Cambio jueves",
     "body": """Hola Camille,

Te escribo para anular la charla del jueves: Marc está de baja esta semana y prefiero que os conozcáis. ¿Podemos dejarlo para el jueves siguiente a la misma hora? Si no, proponme tú.

Perdona las molestias!
Núria
--
Coop57 Barcelona"""},
{"k": "res", "s": "de_personio_absage_termin_neu", "lang": "de", "co": "Verband der Europäischen Bahnindustrie",
     "frm": "VEBI HR <hr@vebi.example.eu>", "rt": "Lena Hoffmann <lena.hoffmann@vebi.example.eu>",
     "subj": "Terminänderung: Telefoninterview Policy Advisor",
     "body": """Liebe Frau Diallo-Lefèvre,

aufgrund eines kurzfristigen Termins im Europäischen Parlament muss ich unser Telefoninterview am Dienstag leider absagen. Wäre Donnerstag, 28. Mai, 9:30 Uhr eine Alternative?

Viele Grüße
Lena Hoffmann
Verband der Europäischen Bahnindustrie"""},
]
