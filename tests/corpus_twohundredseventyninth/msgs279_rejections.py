"""Corpus 279, kind `rejection`: 31 hand-written messages, no sentence pattern used twice."""

from __future__ import annotations

from msgs279_acks import DISCLAIMER_DE, DISCLAIMER_FR, PHARMAPERSONAL
from msgs279_common import (
    CAND,
    CAND_SIG_EN,
    CAND_SIG_FR,
    ats_card,
    outlook_block,
    outlook_html,
    reply_quote,
    simple_html,
)
from msgs279_invites import (
    ALSACIA_RECRUITER,
    BREISGAU_RECRUITER,
    KLYBECK_RECRUITER,
    MANZANARES,
    PHARMALYS_HR,
    RHIN_INTERIM,
    TALENTO,
)
from msgs279_other import (
    CASTELLANA_RECRUITER,
    DREISPITZ_LEAD,
    HEILMITTEL_HR,
    RHEINFELD_RECRUITER,
    RHEINUFER_MSGID,
    RHEINUFER_NO,
    THANKS_RHEINFELD,
    THURVAL_RECRUITER,
)

MESSAGES: list[dict] = []


def add(**spec: object) -> dict:
    spec.setdefault("kind", "rejection")
    MESSAGES.append(spec)
    return spec


# ==================================================================== German

_t = """Liebe Frau Akande-Rossi

Herzlichen Dank für Ihre freundlichen Zeilen nach unserem Gespräch – auch Dr. Imhof hat sich
über Ihr Interesse gefreut.

Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende haben wir uns für eine Person
entschieden, die bereits mehrere Jahre Erfahrung mit eCTD-Einreichungen in der Industrie
mitbringt, was für die anstehenden Projekte den Ausschlag gab. Für Ihren weiteren Weg in
Richtung Regulatory Affairs wünschen wir Ihnen viel Erfolg – Ihre Motivation war deutlich
spürbar.

Freundliche Grüsse

Corinne Stähelin
Talent Acquisition Partner
Rheinfeld Pharma AG, Grenzacherstrasse 301, 4058 Basel
Tel. +41 61 555 43 87

""" + DISCLAIMER_DE + "\n\n" + reply_quote(
    "de", "Di., 3. März 2026 um 17:40", CAND, THANKS_RHEINFELD)
add(slug="after_interview_quotes_thanks_rheinfeld", lang="de", id="t1_no", re="t1_thanks",
    company="Rheinfeld Pharma", frm=RHEINFELD_RECRUITER,
    subject="AW: Danke für das Gespräch – Regulatory Affairs Assistant (80–100 %)",
    date="2026-03-12 15:02", text=_t, html=outlook_html(_t))

add(slug="workday_formal_basilisk", lang="de", re="bas_invite",
    company="Basilisk Diagnostics",
    frm=("Basilisk Diagnostics Recruiting", "basilisk@myworkday.com"),
    subject="Ihre Bewerbung: Regulatory Affairs Assistant IVD (JR-3391)",
    date="2026-06-29 13:15", tz="+0000",
    html=ats_card("Basilisk Diagnostics", "#b71c1c", """Guten Tag Sibylle Akande-Rossi

Vielen Dank für das Interview und Ihr Interesse an der Position Regulatory Affairs Assistant IVD.

Nach eingehender Prüfung aller Kandidaturen müssen wir Ihnen leider mitteilen, dass wir Ihre
Bewerbung nicht weiter berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer
Person.

Wir würden uns freuen, wenn Sie sich auch künftig auf passende Stellen bei Basilisk
Diagnostics bewerben.""", None,
        "Basilisk Diagnostics AG · Hochbergerstrasse 60 · 4057 Basel\n"
        "Diese E-Mail wurde automatisch versendet."))

add(slug="agency_relays_client_no_ergolz", lang="de", re="t6_move",
    company="Ergolz Generika", frm=PHARMAPERSONAL,
    subject="Rückmeldung von Ergolz Generika",
    date="2026-02-13 17:08", cs="windows-1252", cte="quoted-printable",
    text="""Liebe Frau Akande-Rossi

Heute hat sich Frau Dr. Tanner bei mir gemeldet. Sie war vom Gespräch angetan, das Team hat sich
aber für eine Kandidatin entschieden, die schon bei einem Generikahersteller Zulassungsdossiers
betreut hat. Für Ergolz ist das Verfahren damit abgeschlossen.

Ich weiss, das ist enttäuschend – Sie waren sehr nahe dran. Lassen Sie uns nächste Woche
telefonieren; ich habe bereits zwei andere Kunden im Kopf, bei denen Ihr Profil gut passen
könnte.

Freundliche Grüsse
Simon Gysin
PharmaPersonal Nordwest AG
T +41 61 555 36 80""")

add(slug="position_put_on_hold_heilmittel", lang="de", re="t11_cancel",
    company="Heilmittelinspektorat Nordwestschweiz", frm=HEILMITTEL_HR,
    subject="Stelle Ref. HNW-2026-014: Abbruch des Verfahrens",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-03-30 11:40", cs="iso-8859-1", cte="8bit",
    text="""Sehr geehrte Frau Akande-Rossi

Wir hatten Ihnen Anfang März einen Ersatztermin für das Vorstellungsgespräch in Aussicht
gestellt. Inzwischen hat der Regierungsrat einen vorläufigen Stellenstopp beschlossen. Die
Stelle "Sachbearbeiterin Heilmittelbewilligungen" wird deshalb bis auf Weiteres nicht besetzt,
und wir führen das Auswahlverfahren nicht fort.

Ihre Unterlagen senden wir Ihnen in den nächsten Tagen zurück. Wir bedauern diesen Ausgang und
danken Ihnen für Ihr Interesse an einer Tätigkeit beim Kanton.

Freundliche Grüsse

Beat Sutter
Personaldienst
Heilmittelinspektorat Nordwestschweiz, Rheinstrasse 29, 4410 Liestal""")

add(slug="after_assessment_centre_softgarden", lang="de", re="t8_move",
    company="Breisgau Pharma",
    frm=("Jana Ebner via softgarden", "noreply@softgarden.io"), rt=BREISGAU_RECRUITER,
    subject="Ihre Teilnahme am Assessment-Center",
    date="2026-04-21 10:05",
    text="""Hallo Frau Akande-Rossi,

vielen Dank, dass Sie sich am 9. April einen ganzen Tag Zeit für unser Assessment-Center
genommen haben. Ihre Fallstudie war gut strukturiert, und das Feedback der Beobachter war
durchweg freundlich.

Für die ausgeschriebene Stelle haben wir uns dennoch für eine andere Teilnehmerin entschieden,
deren Erfahrung mit EU-Verfahren (DCP/MRP) für uns letztlich ausschlaggebend war.

Wenn Sie möchten, gebe ich Ihnen gerne telefonisch eine ausführlichere Rückmeldung.

Viele Grüsse
Jana Ebner
Recruiting | Breisgau Pharma GmbH""",
    html=ats_card("Breisgau Pharma", "#7b1fa2", """Hallo Frau Akande-Rossi,

vielen Dank, dass Sie sich am 9. April einen ganzen Tag Zeit für unser Assessment-Center
genommen haben. Ihre Fallstudie war gut strukturiert, und das Feedback der Beobachter war
durchweg freundlich.

Für die ausgeschriebene Stelle haben wir uns dennoch für eine andere Teilnehmerin entschieden,
deren Erfahrung mit EU-Verfahren (DCP/MRP) für uns letztlich ausschlaggebend war.

Wenn Sie möchten, gebe ich Ihnen gerne telefonisch eine ausführlichere Rückmeldung.

Viele Grüsse
Jana Ebner""", None, "Gesendet über softgarden im Auftrag von Breisgau Pharma GmbH"))

add(slug="terse_human_dreispitz", lang="de", id="dreispitz_no", re="dreispitz_move",
    company="Labor Dreispitz", frm=DREISPITZ_LEAD,
    subject="Ihre Bewerbung",
    date="2026-07-22 16:48",
    text="""Hallo Frau Akande-Rossi
Wir haben uns für eine andere Person entschieden. Danke fürs Vorbeikommen.
Gruss, M. Huber""")

add(slug="filled_internally_rheinuferspital", lang="de",
    company="Rheinuferspital",
    frm=("Spital-Personaldienst Rheinuferspital", "personal@rheinuferspital.example.ch"),
    rt=("Andrea Wenger", "andrea.wenger@rheinuferspital.example.ch"),
    subject="Ihre Bewerbung am Rheinuferspital",
    date="2026-02-20 11:05",
    msgid=RHEINUFER_MSGID, html=outlook_html(RHEINUFER_NO))

add(slug="casual_colleague_style_sihlpoint", lang="de", re="sihl_invite",
    company="Sihlpoint Regulatory Consulting",
    frm=("Mirjam Bosshard", "mirjam@sihlpoint.example.ch"),
    subject="Re: Kurzer Call am Donnerstag?",
    date="2026-08-18 19:40",
    text="""Hoi Sibylle

Ich mach's kurz und ehrlich: Wir gehen mit jemandem weiter, der schon in einer Beratung
gearbeitet hat und ab Tag eins Kundenprojekte übernehmen kann. Bei uns ist das Team so klein,
dass wir uns gerade keine Einarbeitung leisten können – mit dir hat das nichts zu tun, im
Gegenteil, unser Gespräch hat mir echt Spass gemacht.

Wenn wir nächstes Jahr wachsen, melde ich mich bestimmt. Bis dahin: Kopf hoch und viel Glück!

Mirjam""")

add(slug="personio_formal_base64_suhrental", lang="de",
    company="Suhrental Labor",
    frm=("Suhrental Labor AG", "suhrental-jobs@mail.personio.de"),
    subj_enc=("utf-8", "B"),
    subject="Absage – QA-Assistenz GMP (Aarau)",
    date="2026-03-24 09:18", cte="base64",
    text="""Sehr geehrte Frau Akande-Rossi

Danke für Ihre Bewerbung als QA-Assistenz GMP und die Zeit, die Sie investiert haben.

Wir haben alle eingegangenen Unterlagen sorgfältig verglichen und werden Ihre Bewerbung in
diesem Verfahren nicht weiterverfolgen. Gerne würden wir Ihr Profil in unseren Talentpool
aufnehmen; wenn Sie das nicht wünschen, können Sie es in Ihrem Kandidatenprofil ablehnen.

Mit freundlichen Grüssen
HR Suhrental Labor AG
Industriestrasse 19, 5034 Suhr""")

add(slug="headhunter_unnamed_client_declined", lang="de", re="t14_invite",
    company="Brunner & Vogt",
    frm=("Andrea Vogt", "andrea.vogt@brunner-vogt.example.ch"),
    subject="Rückmeldung unserer Mandantin",
    date="2026-05-12 18:12",
    text="""Liebe Frau Akande-Rossi

Ich habe heute das Feedback unserer Mandantin erhalten. Man hat Ihre Offenheit und Ihr
Fachwissen aus der Apotheke sehr geschätzt. Für diese Position, die stark auf die Koordination
internationaler Einreichungen ausgerichtet ist, hat sich die Firma jedoch für eine Person mit
Konzernerfahrung entschieden.

Es tut mir leid, Ihnen keine bessere Nachricht überbringen zu können. Ich behalte Sie gerne in
unserem Netzwerk und melde mich, wenn ein Mandat besser passt.

Freundliche Grüsse

Andrea Vogt
Partnerin
Brunner & Vogt Executive Search AG
Bahnhofstrasse 52, 8001 Zürich
T +41 44 555 71 30

Diese Nachricht ist vertraulich und ausschliesslich für die adressierte Person bestimmt.""")

_old = """Sehr geehrte Frau Akande-Rossi,

vielen Dank für Ihre Bewerbung als Dokumentationsmanagerin in unserer Klinikapotheke. Gerne
würden wir in einem ersten telefonischen Gespräch von etwa 30 Minuten mehr über Ihre
Erfahrungen erfahren. Passt Ihnen Dienstag, der 12. Mai, zwischen 14 und 16 Uhr?"""
_t = """Sehr geehrte Frau Akande-Rossi,

nochmals danke für das nette Telefonat letzte Woche. Nach Rücksprache mit der Leitung der
Klinikapotheke müssen wir Ihnen leider absagen: Für die Stelle ist eine abgeschlossene
Ausbildung als PTA nach deutschem Recht zwingend, und die Anerkennung Ihres Schweizer
Abschlusses würde zu lange dauern.

Wir bedauern das sehr und wünschen Ihnen alles Gute.

Mit freundlichen Grüssen
Tobias Rieger
Personalgewinnung, Klinikum Schlossberg Freiburg

""" + outlook_block("de", ("Tobias Rieger", "tobias.rieger@klinikum-schlossberg.example.de"),
                    "Dienstag, 5. Mai 2026 11:24", CAND,
                    "Ihre Bewerbung als Dokumentationsmanagerin – Telefoninterview", _old)
add(slug="after_phone_screen_outlook_chain_schlossberg", lang="de", re="sb_invite",
    company="Klinikum Schlossberg",
    frm=("Tobias Rieger", "tobias.rieger@klinikum-schlossberg.example.de"),
    subject="AW: Ihre Bewerbung als Dokumentationsmanagerin – Telefoninterview",
    date="2026-05-19 14:50", text=_t, html=outlook_html(_t))

add(slug="role_cancelled_reorganisation_aarenau", lang="de", re="aarenau_invite",
    company="Gesundheitszentrum Aarenau",
    frm=("Monika Hächler", "monika.haechler@gz-aarenau.example.ch"),
    subject="Stelle Assistentin Arzneimittelsicherheit entfällt",
    date="2026-09-29 13:22",
    text="""Liebe Frau Akande-Rossi

Ich muss Ihnen leider eine unerfreuliche Mitteilung machen. Nach unserem Gespräch vom
17. September hat die Geschäftsleitung beschlossen, die Arzneimittelsicherheit künftig mit dem
Kantonsspital zusammen zu organisieren. Die ausgeschriebene Stelle wird dadurch ersatzlos
gestrichen, und wir können Ihnen keine Anstellung anbieten.

Das hat ausdrücklich nichts mit Ihrer Bewerbung zu tun – Frau Dr. Gisler hätte Sie gerne im
Team gehabt.

Freundliche Grüsse
Monika Hächler
HR-Business-Partnerin, Gesundheitszentrum Aarenau""")

add(slug="successfactors_talent_pool_dreilaender", lang="de", re="dreil_ack",
    company="Dreiländer Pharma Logistik",
    frm=("Dreiländer Pharma Logistik Recruiting", "DoNotReply@successfactors.eu"),
    name_enc=("iso-8859-1", "B"),
    subject="Assistenz Regulatory Compliance (Job 4410) – Stand Ihrer Bewerbung",
    date="2026-03-06 07:41", tz="+0000",
    text="""Sehr geehrte Frau Akande-Rossi

Wir danken Ihnen für Ihre Bewerbung als Assistenz Regulatory Compliance.

Leider hat die Auswahl zu einem Ergebnis geführt, das nicht zu Ihren Gunsten ausgefallen ist.
Wir haben Kandidatinnen und Kandidaten mit Erfahrung in der Grosshandelsbewilligung (GDP)
bevorzugt.

Ihr Profil bleibt für zwölf Monate in unserem Talentpool gespeichert, damit wir Sie bei einer
passenden Vakanz direkt ansprechen können.

Mit freundlichen Grüssen
Recruiting-Team Dreiländer Pharma Logistik AG

Diese Nachricht wurde automatisch generiert.""",
    html=ats_card("Dreiländer Pharma Logistik", "#37474f", """Sehr geehrte Frau Akande-Rossi

Wir danken Ihnen für Ihre Bewerbung als Assistenz Regulatory Compliance.

Leider hat die Auswahl zu einem Ergebnis geführt, das nicht zu Ihren Gunsten ausgefallen ist.
Wir haben Kandidatinnen und Kandidaten mit Erfahrung in der Grosshandelsbewilligung (GDP)
bevorzugt.

Ihr Profil bleibt für zwölf Monate in unserem Talentpool gespeichert.""", None,
        "Dreiländer Pharma Logistik AG · Rheinstrasse 4 · 4133 Pratteln"))

add(slug="after_trial_day_rhenus", lang="de", re="rhenus_invite",
    company="Rhenus Qualitätslabor",
    frm=("Stefanie Plattner", "stefanie.plattner@rhenus-labor.example.ch"),
    subject="Ihr Probearbeitstag bei Rhenus",
    date="2026-08-27 16:30",
    text="""Sehr geehrte Frau Akande-Rossi

Danke für Ihren Einsatz am Probearbeitstag. Das Team hat den Tag mit Ihnen sehr geschätzt.

Nach gemeinsamer Besprechung sind wir aber zum Schluss gekommen, dass die Stelle stärker im
Labor verankert ist, als es Ihren Zielen in Richtung Regulatory Affairs entspricht. Wir
möchten Ihnen deshalb kein Angebot machen und glauben, dass Sie in einer reinen RA-Funktion
glücklicher würden.

Die Entschädigung von CHF 200 wird Ihnen in den nächsten Tagen überwiesen.

Freundliche Grüsse
Stefanie Plattner
Leiterin Personal, Rhenus Qualitätslabor AG""")

add(slug="workable_no_continue_uetliberg", auto=True, lang="de", re="uet_missed",
    company="Uetliberg Medtech",
    frm=("Uetliberg Medtech", "noreply@workablemail.com"),
    subject="Update zu Ihrer Bewerbung bei Uetliberg Medtech",
    date="2026-09-09 08:10",
    html=ats_card("Uetliberg Medtech", "#0f766e", """Hallo Sibylle

Vielen Dank für Ihr Interesse an der Position Regulatory Affairs Assistant (Medical Devices).

Wir haben den Bewerbungsprozess inzwischen weitergeführt und uns entschieden, Ihre Kandidatur
nicht weiterzuverfolgen. Die Stelle wird in Kürze besetzt.

Wir wünschen Ihnen für die Zukunft alles Gute.

Uetliberg Medtech People & Culture""", None,
        "Powered by Workable · Diese Adresse empfängt keine Antworten."))

# ==================================================================== French

add(slug="soft_profiles_closer_thurval", lang="fr", re="t3_move",
    company="Laboratoires Thurval",
    frm=("Amandine Koehler (Laboratoires Thurval)", "no-reply@teamtailor-mail.com"),
    rt=THURVAL_RECRUITER,
    subject="Votre candidature chez Laboratoires Thurval",
    date="2026-02-05 11:48",
    text="""Bonjour Sibylle,

Merci encore pour notre échange téléphonique du 29 janvier et pour l'intérêt que vous portez
aux Laboratoires Thurval.

Après réflexion, nous avons choisi de poursuivre avec des profils dont le parcours est plus
proche des exigences du poste, notamment en matière de dossiers CMC. Ce choix a été difficile
tant les candidatures étaient de qualité.

Nous vous souhaitons une belle réussite dans votre reconversion.

Amandine Koehler
Chargée de recrutement – Laboratoires Thurval""",
    html=ats_card("Laboratoires Thurval", "#e65100", """Bonjour Sibylle,

Merci encore pour notre échange téléphonique du 29 janvier et pour l'intérêt que vous portez
aux Laboratoires Thurval.

Après réflexion, nous avons choisi de poursuivre avec des profils dont le parcours est plus
proche des exigences du poste, notamment en matière de dossiers CMC. Ce choix a été difficile
tant les candidatures étaient de qualité.

Nous vous souhaitons une belle réussite dans votre reconversion.

Amandine Koehler""", None, "Envoyé via Teamtailor", lang="fr"))

add(slug="smartrecruiters_formal_alsacia", auto=True, lang="fr", re="t9_missed",
    company="Alsacia Clinical",
    frm=("Alsacia Clinical", "noreply@smartrecruiters.com"),
    subject="Suite donnée à votre candidature – réf. AC-2026-31",
    date="2026-06-16 16:00",
    text="""Madame Akande-Rossi,

Nous vous remercions pour l'intérêt que vous avez manifesté pour le poste d'Assistante d'études
cliniques et réglementaires.

Nous sommes au regret de vous informer que nous ne pourrons pas donner une suite favorable à
votre candidature. Nous conservons toutefois vos coordonnées, avec votre accord, pour de futures
opportunités.

Veuillez agréer, Madame, nos salutations distinguées.

Le service Recrutement
Alsacia Clinical""")

add(slug="terse_human_rebberg", lang="fr",
    company="Clinique du Rebberg",
    frm=("Dr Pierre Haas", "p.haas@clinique-rebberg.example.fr"),
    subject="Poste assistante pharmacie",
    date="2026-08-12 19:02",
    text="""Madame,

Nous ne donnerons pas suite. Bonne continuation.

P. Haas
Pharmacien gérant, Clinique du Rebberg""")

add(slug="agence_transmet_refus_biolab", lang="fr", re="rhin_move",
    company="Biolab Sundgau", frm=RHIN_INTERIM,
    subject="Retour de Biolab Sundgau",
    date="2026-04-08 12:15",
    text="""Bonjour Sibylle,

J'ai eu M. Walch au téléphone ce matin. Il a apprécié votre sérieux, mais Biolab Sundgau a
finalement retenu une candidate qui connaît déjà leur logiciel de gestion documentaire et peut
démarrer tout de suite. Ce ne sera donc pas pour cette fois.

Je continue à chercher pour vous et je vous rappelle dès que j'ai une nouvelle piste.

Cordialement,
Kevin Schmitt
Rhin Intérim Santé – 03 89 55 47 21""")

add(slug="poste_pourvu_en_interne_pharmalys", lang="fr", re="pharmalys_cancel",
    company="Pharmalys Suisse", frm=PHARMALYS_HR,
    subject="Coordinatrice affaires réglementaires (80 %) : votre candidature",
    date="2026-05-06 09:27", cs="iso-8859-1", cte="quoted-printable",
    subj_enc=("iso-8859-1", "Q"),
    text="""Madame,

Nous vous avions promis de revenir vers vous après l'annulation de l'entretien du 23 avril.
Entre-temps, une collaboratrice de notre service qualité a postulé en interne et le poste lui a
été attribué. Le processus externe est donc clos.

Nous regrettons de ne pas avoir pu vous rencontrer et vous remercions de votre patience.

Avec nos meilleures salutations,
Sophie Dubois-Ketterer
Ressources humaines - Pharmalys Suisse SA""")

add(slug="recrutement_gele_doller", lang="fr", re="doller_missed",
    company="Essais Cliniques Doller",
    frm=("Aurélien Fritsch", "a.fritsch@essais-doller.example.fr"),
    subject="Re: Notre rendez-vous Teams de 9h30",
    date="2026-07-03 14:44",
    text="""Bonjour Madame Akande-Rossi,

Merci pour votre message d'excuses, je comprends tout à fait que la connexion ait pu poser
problème. Malheureusement, depuis, notre principal client a reporté deux études et la direction
a gelé tous les recrutements jusqu'à la fin de l'année. Nous ne reprendrons donc pas le
processus pour le poste de coordinatrice réglementaire junior.

Je suis désolé de cette issue et vous souhaite bon courage pour vos recherches.

Aurélien Fritsch
Responsable réglementaire - Essais Cliniques Doller""")

_thanks = """Madame Wolff,

Merci beaucoup pour cette journée d'immersion très riche. J'ai particulièrement apprécié
l'échange avec l'équipe des essais cliniques et je serais ravie de rejoindre votre service.

""" + CAND_SIG_FR
add(slug="apres_immersion_cite_remerciements", lang="fr", re="tf_invite",
    company="Hôpital des Trois-Frontières",
    frm=("Nathalie Wolff", "nathalie.wolff@hopital-3f.example.fr"),
    subject="RE: Merci pour la journée d'immersion",
    date="2026-07-10 15:37",
    text="""Bonjour Madame Akande-Rossi,

Merci pour votre gentil message, il a fait plaisir à toute l'équipe.

Après l'entretien de fin de journée, le pharmacien gérant a toutefois préféré proposer le poste
à une préparatrice ayant déjà l'expérience de la stérilisation, une compétence dont le service a
un besoin urgent. Je suis sincèrement désolée de ne pas vous apporter une meilleure nouvelle.

Cordialement,
Nathalie Wolff
Cadre de santé – Pharmacie, Hôpital des Trois-Frontières

""" + reply_quote("fr", "mer. 1 juil. 2026 à 19:12", CAND, _thanks))

add(slug="taleo_html_only_lauch", auto=True, lang="fr",
    company="Groupe Pharmaceutique Lauch",
    frm=("Groupe Pharmaceutique Lauch", "ne-pas-repondre@taleo.net"),
    subject="Votre candidature – Technicienne affaires réglementaires (réf. 26-0412)",
    date="2026-10-02 10:20",
    html_cs="windows-1252",
    html=ats_card("Groupe Pharmaceutique Lauch – Carrières", "#283593", """Madame,

Votre candidature au poste de Technicienne affaires réglementaires (réf. 26-0412) a retenu
toute notre attention et nous vous en remercions.

Après une étude approfondie, il ne nous est pas possible de vous proposer un entretien : nous
avons reçu de nombreuses candidatures correspondant davantage au profil recherché.

Nous vous souhaitons plein succès dans vos démarches.

La Direction des Ressources Humaines""", None,
        "Groupe Pharmaceutique Lauch – 1 rue de la Lauch – 68000 Colmar\n"
        "Ce courriel est envoyé automatiquement, merci de ne pas y répondre.", lang="fr"))

# ==================================================================== English

add(slug="lever_moving_forward_others_trialbridge", lang="en", re="tb_invite",
    company="Trialbridge Clinical Research",
    frm=("Anna Keller", "no-reply@hire.lever.co"),
    rt=("Anna Keller", "anna.keller@trialbridge.example.ch"),
    subject="Your application to Trialbridge",
    date="2026-02-06 16:31",
    text="""Hi Sibylle,

Thank you again for the phone screen last week and for your interest in the Clinical Trial
Assistant role.

After careful consideration we have decided to move forward with candidates whose experience
more closely matches our current needs, particularly hands-on work with trial master files.

I really enjoyed our chat and wish you the very best with your search.

Anna Keller
Talent Partner, Trialbridge Clinical Research

Sent via Lever""")

add(slug="icims_formal_html_lombardia", auto=True, lang="en", re="lomb_missed",
    company="Lombardia Clinical Research",
    frm=("Lombardia Clinical Research Careers", "careers-noreply@icims.com"),
    subject="Regulatory Affairs Assistant (Req. 2026-118) – application status",
    date="2026-05-26 08:02",
    html=ats_card("Lombardia Clinical Research", "#2e7d32", """Dear Sibylle Akande-Rossi,

Thank you for applying for the Regulatory Affairs Assistant position (Req. 2026-118).

We have now completed the review of candidates for this vacancy. Regrettably, your application
has not been successful on this occasion.

Your profile will remain in our candidate database, and you are welcome to apply for future
openings that match your skills.

Yours sincerely,
Talent Acquisition, Lombardia Clinical Research""", None,
        "This is an automated message from our careers portal (iCIMS). Please do not reply.",
        lang="en"))

add(slug="casual_bad_news_brera", lang="en", re="brera_invite",
    company="Brera Bioscience",
    frm=("Luca Moretti", "luca.moretti@brera-bio.example.it"),
    subject="Re: chat on Thursday?",
    date="2026-08-03 12:55",
    text="""Hi Sibylle,

Bad news I'm afraid. Since we talked, our CEO decided we need someone who can sign off on
Italian labelling from day one, which means an Italian speaker. Totally my fault for not
flagging that earlier - I honestly thought English would be enough.

Sorry to disappoint. If we open the EU submissions role next spring, you'll hear from me first.

Luca""")

_thanks = """Dear Sophie,

Thank you for organising yesterday's panel. It was great to meet Oliver and Dr. Tanaka, and
the eCTD exercise was a fun challenge. I'm very motivated to join the team.

""" + CAND_SIG_EN
add(slug="after_panel_quotes_thanks_klybeck", lang="en", re="t7_move",
    company="Klybeck Biologics",
    frm=("Sophie Marchal via Greenhouse", "no-reply@greenhouse-mail.io"),
    rt=KLYBECK_RECRUITER,
    subject="Re: Thank you – panel interview",
    date="2026-03-20 13:40",
    text="""Dear Sibylle,

Thank you for your kind note after the panel, which I shared with Oliver and Mei.

I'm sorry to let you know that the team has offered the position to another candidate. Your
exercise was solid, but they needed someone who has already run publishing for a full
submission. It was a close call, and they asked me to keep your details for the next opening in
Regulatory Operations.

Best wishes,
Sophie Marchal
Talent Acquisition | Klybeck Biologics AG

""" + reply_quote("en", "Fri, 6 Mar 2026 at 08:55", CAND, _thanks))

add(slug="search_closed_headcount_withdrawn_helix", lang="en",
    company="Helix Regulatory Partners",
    frm=("Rebecca Stone", "rebecca.stone@helix-rp.example.ch"),
    subject="Update on the RA Associate search",
    date="2026-04-28 17:15",
    text="""Dear Sibylle,

I wanted to update you personally. Following a budget review this week, the headcount for the
Regulatory Affairs Associate role has been withdrawn, and we are closing the search without
hiring. This is no reflection on your application, which we rated highly.

Thank you for your patience throughout the process.

Kind regards,
Rebecca Stone
Managing Director
Helix Regulatory Partners GmbH, Seefeldstrasse 45, 8008 Zurich
+41 44 555 80 61""")

# ==================================================================== Spanish

add(slug="puesto_cubierto_internamente_castellana", lang="es", re="t4_cancel",
    company="Laboratorios Castellana", frm=CASTELLANA_RECRUITER,
    subject="Proceso MAD-RA-07",
    date="2026-05-11 10:22",
    text="""Estimada Sibylle:

Le escribo, como le prometí tras cancelar la entrevista, para contarle cómo ha quedado el
proceso. La dirección ha decidido cubrir la vacante con una persona del departamento de
Calidad que ya conocía nuestros expedientes, de modo que no vamos a retomar las entrevistas
externas.

Siento mucho no traerle mejores noticias y le agradezco su paciencia y su interés.

Un saludo cordial,
Lucía Navarro Pardo
Selección de Personal – Laboratorios Castellana""",
    html=simple_html("""Estimada Sibylle:

Le escribo, como le prometí tras cancelar la entrevista, para contarle cómo ha quedado el
proceso. La dirección ha decidido cubrir la vacante con una persona del departamento de
Calidad que ya conocía nuestros expedientes, de modo que no vamos a retomar las entrevistas
externas.

Siento mucho no traerle mejores noticias y le agradezco su paciencia y su interés.

Un saludo cordial,
Lucía Navarro Pardo""", "es"))

add(slug="successfactors_formal_retiro", auto=True, lang="es",
    company="Farmacéutica Retiro",
    frm=("Farmacéutica Retiro · Selección", "noreply@successfactors.eu"),
    name_enc=("iso-8859-1", "Q"),
    subject="Información sobre su candidatura – Auxiliar de Registros",
    date="2026-06-25 09:00", cs="iso-8859-1", cte="quoted-printable",
    text="""Estimada candidata:

Agradecemos el tiempo dedicado a su candidatura para el puesto de Auxiliar de Registros.

Tras analizar detenidamente todos los perfiles recibidos, lamentamos comunicarle que hemos
decidido no continuar con su candidatura en este proceso de selección.

Le deseamos mucho éxito en su carrera profesional.

Departamento de Selección
Farmacéutica Retiro S.A. - Calle de Alcalá 180, 28028 Madrid
Mensaje generado automáticamente.""")

add(slug="agencia_transmite_no_alcala", lang="es", re="talento_move",
    company="Laboratorios Alcalá Norte", frm=TALENTO,
    subject="Feedback de Alcalá Norte",
    date="2026-09-22 18:03",
    text="""Hola, Sibylle:

Ya tengo respuesta de Laboratorios Alcalá Norte. Les gustaste mucho en la entrevista del día 10,
pero al final se han decantado por una candidata con dos años de experiencia en registros de
productos sanitarios, que es lo que más pesa para el equipo ahora mismo.

Sé que esperabas otra cosa. Te llamo el lunes y repasamos otros procesos que tengo abiertos.

Un abrazo,
Pablo Requena
Talento Farma Consultores""")

_ = (ALSACIA_RECRUITER, MANZANARES, DISCLAIMER_FR)
