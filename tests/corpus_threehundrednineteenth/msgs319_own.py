"""other: the candidate's own sent mail (applications, confirmations, thanks, apologies)."""

from __future__ import annotations

from msgs319_common import CAND, SIG_DE, SIG_EN, SIG_SHORT

CV = ("Lebenslauf_Friederike_Lammersdorf.pdf", "Lebenslauf Friederike Lammersdorf", [
    "Pharmazeutisch-technische Assistentin (PTA), Muenster",
    "2017-2026 Loewen-Apotheke Muenster: Rezeptur, BtM-Dokumentation, AMK-Meldungen",
    "2025-2026 Weiterbildung Pharmakovigilanz (Zertifikatskurs, berufsbegleitend)",
    "Sprachen: Deutsch (Muttersprache), Englisch C1, Franzoesisch B2, Spanisch B2",
])
CV_EN = ("CV_Friederike_Lammersdorf_EN.pdf", "Curriculum Vitae - Friederike Lammersdorf", [
    "Pharmacy technician (PTA), Muenster, Germany",
    "2017-2026 Loewen-Apotheke Muenster: compounding, controlled drugs, ADR reports",
    "2025-2026 Certificate course in pharmacovigilance (part-time)",
    "Languages: German (native), English C1, French B2, Spanish B2",
])
MAILER = {"X-Mailer": "Mozilla Thunderbird 140.2"}

MESSAGES = [
    {
        "id": "own_de_confirm_arzneiwerk", "kind": "other", "lang": "de",
        "frm": CAND, "to": "Svenja Brockhoff <s.brockhoff@arzneiwerk-teutoburg.example.de>",
        "subj": "Re: Einladung zum Kennenlerngespräch – Regulatory Affairs Associate",
        "date": "2026-07-21 07:58 +0200", "parent": "inv_arzneiwerk_first", "quote": "gt", "hdrs": MAILER,
        "text": f"""Liebe Frau Brockhoff,

vielen Dank für die Einladung, darüber freue ich mich sehr! Den Termin am Dienstag, 28. Juli, um 14:00 Uhr nehme ich gern wahr und habe die Kalendereinladung angenommen.

Herzliche Grüße
Friederike Lammersdorf

{SIG_DE}""",
    },
    {
        "id": "own_de_thanks_arzneiwerk", "kind": "other", "lang": "de",
        "frm": CAND, "to": "Svenja Brockhoff <s.brockhoff@arzneiwerk-teutoburg.example.de>",
        "cc": "Dr. Katrin Vosskamp <k.vosskamp@arzneiwerk-teutoburg.example.de>",
        "subj": "Vielen Dank für das Gespräch am Freitag",
        "date": "2026-08-03 08:15 +0200", "parent": "chg_arzneiwerk_moved", "hdrs": MAILER,
        "text": f"""Liebe Frau Brockhoff, liebe Frau Dr. Vosskamp,

ich möchte mich noch einmal herzlich für das offene und sehr angenehme Gespräch am Freitag bedanken. Besonders spannend fand ich Ihre Schilderung, wie das Team die Umstellung auf IRIS und die neuen Variations-Leitlinien organisiert.

Mein Interesse an der Stelle ist nach unserem Gespräch noch größer geworden, und ich würde mich sehr freuen, von Ihnen zu hören.

Herzliche Grüße
Friederike Lammersdorf

{SIG_DE}""",
    },
    {
        "id": "own_de_negotiation_arzneiwerk", "kind": "other", "lang": "de",
        "frm": CAND, "to": "Svenja Brockhoff <s.brockhoff@arzneiwerk-teutoburg.example.de>",
        "subj": "Rückfrage zum Vertragsangebot",
        "date": "2026-09-04 19:12 +0200", "parent": "off_arzneiwerk_written", "quote": "gt",
        "hdrs": MAILER, "cs": "windows-1252", "cte": "quoted-printable",
        "text": f"""Liebe Frau Brockhoff,

herzlichen Dank für das Angebot – ich habe mich riesig darüber gefreut!

Bevor ich zusage, hätte ich zwei Punkte: Nach meinen Recherchen liegt das Gehalt für vergleichbare Positionen in OWL etwas höher; wäre ein Jahresbrutto von rund 49.000 € denkbar? Außerdem habe ich in meiner Apotheke eine Kündigungsfrist bis Ende November. Ein Eintritt zum 1. Dezember wäre für mich daher deutlich einfacher.

Ich freue mich auf Ihre Rückmeldung.

Herzliche Grüße
Friederike Lammersdorf

{SIG_SHORT}""",
    },
    {
        "id": "own_en_thanks_clinvia", "kind": "other", "lang": "en",
        "frm": CAND, "to": "Aoife Brennan <aoife.brennan@clinvia.example.ie>",
        "subj": "Thank you for today's call",
        "date": "2026-02-11 17:34 +0100", "parent": "chg_clinvia_screen_moved", "hdrs": MAILER,
        "text": f"""Dear Aoife,

Thank you very much for taking the time to speak with me today. I really enjoyed hearing about how the Drug Safety team in Dublin is organised and how new associates are trained on case processing.

The role sounds like exactly the step I am looking for after nine years in community pharmacy, and I would be delighted to continue in the process.

Kind regards,
Friederike

{SIG_EN}""",
    },
    {
        "id": "own_en_decline_clinvia", "kind": "other", "lang": "en",
        "frm": CAND, "to": "Aoife Brennan <aoife.brennan@clinvia.example.ie>",
        "cc": "Declan Moriarty <declan.moriarty@clinvia.example.ie>",
        "subj": "Re: Your offer of employment - Pharmacovigilance Associate",
        "date": "2026-03-27 10:03 +0100", "parent": "off_clinvia_dublin_letter", "quote": "gt",
        "hdrs": MAILER,
        "text": f"""Dear Aoife, dear Declan,

Thank you so much for the generous offer and for the warm welcome throughout the process. After a lot of thought and long talks with my family, I have decided that moving to Dublin is not possible for us at the moment, so I must respectfully decline the offer.

I would be very glad to stay in touch, especially if Clinvia has openings at its continental European sites such as Lyon or Barcelona.

With best wishes and many thanks,
Friederike

{SIG_EN}""",
    },
    {
        "id": "own_de_thanks_aasee", "kind": "other", "lang": "de",
        "frm": CAND, "to": "\"Tenhagen, Monika\" <m.tenhagen@klinikum-aasee.example.de>",
        "cc": "Dr. Ulrich Pötter <u.poetter@klinikum-aasee.example.de>",
        "subj": "Danke für den Hospitationstag",
        "date": "2026-04-01 20:40 +0200", "hdrs": MAILER,
        "text": f"""Sehr geehrte Frau Tenhagen, sehr geehrter Herr Dr. Pötter,

vielen Dank für den gestrigen Hospitationstag in Ihrer Krankenhausapotheke. Der Einblick in die Arzneimittelinformation und die Bearbeitung der Rote-Hand-Briefe war für mich sehr wertvoll, und das Team hat mich herzlich aufgenommen.

Ich würde mich sehr freuen, Teil Ihres Teams zu werden.

Mit freundlichen Grüßen
Friederike Lammersdorf

{SIG_DE}""",
    },
    {
        "id": "own_de_apology_vetoria", "kind": "other", "lang": "de",
        "frm": CAND, "to": "Lena Osterkamp <lena.osterkamp@vetoria.example.de>",
        "subj": "Entschuldigung wegen des verpassten Interviews",
        "date": "2026-02-24 12:10 +0100", "parent": "mis_vetoria", "quote": "gt", "hdrs": MAILER,
        "text": f"""Liebe Frau Osterkamp,

es tut mir wirklich leid! Ich hatte den Termin in meinem Kalender fälschlich für Mittwoch eingetragen und habe Ihre Nachricht erst jetzt in der Mittagspause gelesen.

Ich bin nach wie vor sehr an der Stelle interessiert und würde mich freuen, wenn wir einen neuen Termin finden könnten. Ich bin in den nächsten zwei Wochen sehr flexibel.

Mit freundlichen Grüßen
Friederike Lammersdorf

{SIG_SHORT}""",
    },
    {
        "id": "own_de_resched_agpw", "kind": "other", "lang": "de",
        "frm": CAND, "to": "Mag. Sabine Hödl <sabine.hoedl@agpw.example.at>",
        "subj": "Hearing 10. Juni – Bitte um Terminverschiebung",
        "date": "2026-05-27 18:25 +0200", "parent": "inv_agpw_hearing", "quote": "gt", "hdrs": MAILER,
        "text": f"""Sehr geehrte Frau Mag. Hödl,

herzlichen Dank für die Einladung zum Hearing, über die ich mich sehr freue.

Leider fällt der 10. Juni genau auf den Tag meiner schriftlichen Abschlussprüfung im Zertifikatskurs Pharmakovigilanz, die ich nicht verschieben kann. Wäre es möglich, das Hearing auf den 11. oder 12. Juni zu legen?

Vielen Dank für Ihr Verständnis und freundliche Grüße
Friederike Lammersdorf

{SIG_DE}""",
    },
    {
        "id": "own_de_promed_sorry", "kind": "other", "lang": "de",
        "frm": CAND, "to": "Derya Aydin <d.aydin@promed-personal.example.de>",
        "subj": "AW: Heute 9 Uhr – Sie waren nicht da?",
        "date": "2026-01-23 08:05 +0100", "parent": "mis_promed", "quote": "gt",
        "text": """Hallo Frau Aydin,

bitte entschuldigen Sie vielmals. Ich hatte gestern früh einen Fahrradunfall auf dem Weg zum Bahnhof und habe den ganzen Vormittag in der Notaufnahme verbracht – mein Handy war leider im Rucksack, den ich erst mittags wiederbekommen habe.

Wenn der Kunde noch offen ist, würde ich mich gern persönlich bei ihm entschuldigen und einen neuen Termin wahrnehmen.

Viele Grüße
Friederike Lammersdorf""",
    },
    {
        "id": "own_de_application_pvkontor", "kind": "other", "lang": "de",
        "frm": CAND, "to": "Heike Lüke <h.lueke@pv-kontor.example.de>", "to_enc": ("windows-1252", "q"),
        "subj": "Bewerbung als Case Processing Associate",
        "date": "2026-09-01 21:03 +0200", "hdrs": MAILER,
        "text": f"""Sehr geehrte Frau Lüke,

mit großem Interesse habe ich Ihre Ausschreibung als Case Processing Associate gelesen. Als PTA mit neun Jahren Berufserfahrung in der öffentlichen Apotheke und frisch abgeschlossenem Zertifikatskurs Pharmakovigilanz möchte ich meine Erfahrung mit Nebenwirkungsmeldungen nun hauptberuflich einsetzen.

Anbei sende ich Ihnen meinen Lebenslauf und mein Anschreiben. Über eine Einladung zu einem Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Friederike Lammersdorf

{SIG_DE}""",
        "pdf": [CV, ("Anschreiben_PV-Kontor.pdf", "Anschreiben", [
            "Friederike Lammersdorf, Hammer Strasse 118, 48153 Muenster",
            "An PV-Kontor, Hafenweg 24, 48155 Muenster",
            "Bewerbung als Case Processing Associate",
        ])],
    },
    {
        "id": "own_de_followup_lippe", "kind": "other", "lang": "de",
        "frm": CAND, "to": "Bernd Stratmann <b.stratmann@lippe-biopharm.example.de>",
        "subj": "Nachfrage zu meiner Bewerbung (Regulatory Affairs Assistant)",
        "date": "2026-10-05 09:30 +0200", "hdrs": MAILER,
        "text": f"""Sehr geehrter Herr Stratmann,

Mitte August habe ich mich bei Ihnen als Regulatory Affairs Assistant beworben und bisher noch keine Rückmeldung erhalten. Darf ich fragen, wie der aktuelle Stand ist?

Ich bin weiterhin sehr interessiert und stehe für ein Gespräch gern zur Verfügung.

Mit freundlichen Grüßen
Friederike Lammersdorf

{SIG_DE}""",
    },
    {
        "id": "own_fr_application_fourviere", "kind": "other", "lang": "fr",
        "frm": CAND, "to": "Recrutement Hôpital de Fourvière <recrutement@hopital-fourviere.example.fr>",
        "subj": "Candidature préparatrice en pharmacie hospitalière – vigilances",
        "date": "2026-07-07 22:14 +0200", "hdrs": MAILER, "cte": "quoted-printable",
        "text": """Madame, Monsieur,

Je vous adresse ma candidature pour le poste de préparatrice en pharmacie hospitalière orientée vigilances, publié sur le site de l'hôpital.

Titulaire du diplôme allemand de PTA (équivalent du BP de préparateur, reconnaissance en cours), j'ai neuf ans d'expérience en officine et je termine une formation en pharmacovigilance. Je parle couramment français et souhaite m'installer à Lyon.

Vous trouverez ci-joint mon CV. Je reste à votre disposition pour un entretien.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Friederike Lammersdorf
+49 171 5583 204""",
        "pdf": [CV_EN],
    },
    {
        "id": "own_fr_reply_clinvia_lyon", "kind": "other", "lang": "fr",
        "frm": CAND, "to": "Camille Fournier <camille.fournier@clinvia.example.fr>",
        "subj": "RE: Votre promesse d'embauche à signer – Clinvia Research",
        "date": "2026-06-12 09:47 +0200", "parent": "off_clinvia_lyon_promesse", "quote": "gt",
        "hdrs": MAILER,
        "text": f"""Bonjour Camille,

Merci beaucoup pour la promesse d'embauche et pour la confiance que vous m'accordez.

Je suis également en discussion avec l'équipe de Clinvia à Barcelone et j'aimerais pouvoir comparer les deux propositions sereinement. Serait-il possible de prolonger le délai de réponse jusqu'au 26 juin ?

Bien cordialement,
Friederike

{SIG_SHORT}""",
    },
    {
        "id": "own_es_application_talento", "kind": "other", "lang": "es",
        "frm": CAND, "to": "Sergio Navarro <sergio.navarro@talentofarma.example.es>",
        "subj": "Candidatura – Farmacovigilancia Barcelona",
        "date": "2026-06-22 20:19 +0200", "hdrs": MAILER, "cs": "iso-8859-1", "cte": "quoted-printable",
        "text": f"""Hola Sergio:

Gracias por la llamada de esta mañana. Como hablamos, te envío mi CV para que puedas presentarlo a tus clientes de farmacovigilancia y registros en la zona de Barcelona.

Te recuerdo que hablo alemán nativo, inglés C1 y español B2, y que podría incorporarme a partir de septiembre.

Un saludo,
Friederike Lammersdorf

{SIG_SHORT}""",
        "pdf": [CV_EN],
    },
    {
        "id": "own_es_thanks_verdalia", "kind": "other", "lang": "es",
        "frm": CAND, "to": "Marta Soler <marta.soler@verdalia.example.es>",
        "cc": "Jordi Puigdomènech <jordi.puigdomenech@verdalia.example.es>",
        "subj": "Gracias por la entrevista",
        "date": "2026-03-20 18:02 +0100", "parent": "chg_verdalia_hora", "hdrs": MAILER,
        "text": f"""Hola Marta, hola Jordi:

Muchas gracias por la entrevista de hoy. Me ha encantado conocer cómo gestionáis la farmacovigilancia de productos de cannabis medicinal y los retos con la AEMPS.

Sigo muy motivada con el puesto y quedo a vuestra disposición para cualquier cosa que necesitéis.

Un saludo cordial,
Friederike

{SIG_SHORT}""",
    },
]
