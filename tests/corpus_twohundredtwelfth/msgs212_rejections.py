"""Corpus 212: rejections - formal, soft, terse, relayed by agencies, after interviews.

Hand-written, one dict per message (see make_twohundredtwelfth.py for the keys). No sentence
pattern is used twice.
"""

from __future__ import annotations

from msgs212_common import (
    ME,
    ats_card,
    body,
    mso,
    outlook_block,
    outlook_html,
    paras,
    plain_html,
    quote,
    wrote,
)

MESSAGES: list[dict] = []


def add(**spec: object) -> dict:
    spec.setdefault("kind", "rejection")
    MESSAGES.append(spec)
    return spec


# =============================================================================== German

add(id="rej_mainufer", slug="workday_formal_not_considered", lang="de",
    company="Mainufer Landesbank", contact="",
    frm=("Mainufer Landesbank", "mainufer@myworkday.com"), parent="ack_mainufer",
    subject="Ihre Bewerbung: Analyst Regulatory Reporting & Compliance (R-10442)",
    date="2026-03-05 02:14 -0800",
    html=ats_card("Mainufer Landesbank", "#374151", paras(body("""
        Guten Tag Ferdinand,

        wir danken Ihnen für Ihr Interesse an der Mainufer Landesbank und die Zeit, die Sie in
        Ihre Bewerbung investiert haben.

        Nach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen mitteilen, dass wir Ihre
        Bewerbung für die Position Analyst Regulatory Reporting & Compliance nicht weiter
        berücksichtigen können. Ausschlaggebend waren die geforderten Kenntnisse im
        aufsichtsrechtlichen Meldewesen.

        Ihre Daten werden gemäß unseren Datenschutzhinweisen sechs Monate nach Abschluss des
        Verfahrens gelöscht. Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

        Mit freundlichen Grüßen
        Ihr Talent-Acquisition-Team
    """)), "Dies ist eine automatisch generierte E-Mail von Workday.", "de"),
    html_cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")])

add(id="rej_alster", slug="panel_chose_tm_experience", lang="de",
    company="Alsterkontor Privatbank", contact="merle.johannsen@alsterkontor.example.de",
    frm=("Merle Johannsen", "merle.johannsen@alsterkontor.example.de"),
    parent="rs_alster_newslot",
    subject="Rückmeldung zu Ihrem Panelgespräch", date="2026-03-27 14:05 +0100",
    text=lambda get: body("""
        Hallo Herr Osei-Lindqvist,

        vielen Dank, dass Sie sich letzte Woche noch einmal Zeit für unser Panel genommen
        haben. Dr. Paulsen und Frau Ohlsen fanden Ihre Schilderungen aus dem Schalteralltag
        sehr anschaulich.

        Am Ende hat sich das Gremium trotzdem für eine Kandidatin entschieden, die bereits
        mehrere Jahre im Transaktionsmonitoring gearbeitet hat – für die Einarbeitung im
        laufenden Prüfungsjahr war das ausschlaggebend. Ich weiß, dass das nach zwei Anläufen
        besonders ärgerlich ist.

        Wenn wir im Herbst eine Juniorstelle ausschreiben, würde ich Sie gern direkt
        ansprechen – sind Sie damit einverstanden?

        Beste Grüße
        Merle Johannsen
        Talent Acquisition

        Alsterkontor Privatbank AG
        Ballindamm 27 | 20095 Hamburg
        T +49 40 5550 8832

        Alsterkontor Privatbank AG · Sitz Hamburg · Registergericht Hamburg HRB 55120
        Diese Nachricht ist vertraulich. Sollten Sie sie irrtümlich erhalten haben,
        benachrichtigen Sie uns bitte und löschen Sie sie.

    """) + "\n" + outlook_block("de", "Merle Johannsen", "Mittwoch, 11. März 2026 09:14",
                         "Ferdinand Osei-Lindqvist", "AW: Entschuldigung – Termin heute")
    + "\n" + get("rs_alster_newslot"),
    html=lambda get: outlook_html(mso(body("""
        Hallo Herr Osei-Lindqvist,

        vielen Dank, dass Sie sich letzte Woche noch einmal Zeit für unser Panel genommen
        haben. Dr. Paulsen und Frau Ohlsen fanden Ihre Schilderungen aus dem Schalteralltag
        sehr anschaulich.

        Am Ende hat sich das Gremium trotzdem für eine Kandidatin entschieden, die bereits
        mehrere Jahre im Transaktionsmonitoring gearbeitet hat – für die Einarbeitung im
        laufenden Prüfungsjahr war das ausschlaggebend. Ich weiß, dass das nach zwei Anläufen
        besonders ärgerlich ist.

        Wenn wir im Herbst eine Juniorstelle ausschreiben, würde ich Sie gern direkt
        ansprechen – sind Sie damit einverstanden?

        Beste Grüße
        Merle Johannsen
    """)) + '\n<div style="border-top:solid #E1E1E1 1.0pt">\n' + mso(get("rs_alster_newslot"))
        + "\n</div>", "de"),
    cte="quoted-printable")

add(id="rej_hanse_nordlicht", slug="agency_relays_client_no", lang="de",
    company="Nordlicht Assekuranz", contact="t.rehberg@hanse-personal.example.de",
    frm=("Tobias Rehberg", "t.rehberg@hanse-personal.example.de"), parent="inv_hanse_nordlicht",
    subject="Feedback Nordlicht Assekuranz", date="2026-02-12 17:33 +0100",
    text=body("""
        Hallo Herr Osei-Lindqvist,

        Frau Lorenzen hat sich heute bei mir gemeldet. Leider keine guten Neuigkeiten:
        Nordlicht Assekuranz besetzt die Stelle mit einer Kandidatin, die schon aus einem
        anderen Versicherungskonzern kommt und sofort verfügbar ist.

        Das Feedback zu Ihnen war ausdrücklich positiv – strukturiert, sympathisch, gut
        vorbereitet. Es lag wirklich an der Branchenerfahrung. Ich halte weiter die Augen
        für Sie offen; nächste Woche rufe ich Sie wegen eines Kunden in Bremen an.

        Viele Grüße
        Tobias Rehberg
        Hanse Personal GmbH · Tel. 0421 5550 4410
    """),
    charset="windows-1252", cte="quoted-printable")

add(id="rej_leinetal", slug="after_assessment_centre_outlook_chain", lang="de",
    company="Leinetal Versicherungsgruppe", contact="a.kowalczyk@leinetal-versicherung.example.de",
    frm=("Anja Kowalczyk", "a.kowalczyk@leinetal-versicherung.example.de"), parent="rs_leinetal",
    subject="AW: Einladung zum Assessment-Center am 23.04.2026 – Terminverschiebung",
    date="2026-05-08 11:19 +0200",
    text=lambda get: body("""
        Sehr geehrter Herr Osei-Lindqvist,

        haben Sie nochmals Dank für Ihre Teilnahme an unserem Assessment-Center am 30. April.

        Die Beobachterinnen und Beobachter haben die Ergebnisse des Tages gemeinsam
        ausgewertet. Nach intensiver Abwägung haben wir uns entschieden, Ihnen kein Angebot
        zu unterbreiten. In der Fallstudie zur Sanktionsprüfung blieben Sie hinter den
        Anforderungen der Stelle zurück; Ihre Präsentation und Ihr Auftreten in der
        Gruppenübung wurden dagegen sehr positiv bewertet.

        Gern bespricht Frau Lindner aus der Fachabteilung die Ergebnisse in einem kurzen
        Telefonat mit Ihnen.

        Freundliche Grüße
        Anja Kowalczyk
        Recruiting & Employer Branding | Leinetal Versicherungsgruppe

    """) + "\n" + outlook_block("de", "Anja Kowalczyk", "Dienstag, 14. April 2026 14:26",
                         "Ferdinand Osei-Lindqvist",
                         "AW: Einladung zum Assessment-Center am 23.04.2026 – Terminverschiebung")
    + "\n" + get("rs_leinetal"),
    cte="quoted-printable")

add(id="rej_limmat", slug="zurich_role_on_hold_budget", lang="de", company="Limmat Privatbank",
    contact="reto.brunner@limmat-privatbank.example.ch",
    frm=("Reto Brunner", "reto.brunner@limmat-privatbank.example.ch"), parent="inv_limmat",
    subject="Stelle Compliance Analyst – Abbruch des Verfahrens", date="2026-05-06 10:52 +0200",
    text=body("""
        Grüezi Herr Osei-Lindqvist

        Nochmals besten Dank für das angenehme Gespräch vom 28. April.

        Leider muss ich Ihnen mitteilen, dass die Geschäftsleitung für das laufende Jahr einen
        Einstellungsstopp beschlossen hat. Die Stelle als Compliance Analyst wird deshalb
        vorerst nicht besetzt, und wir führen das Rekrutierungsverfahren nicht weiter. Das hat
        nichts mit Ihrer Kandidatur zu tun, die uns gut gefallen hat.

        Ihr Dossier senden wir Ihnen nicht zurück; es wird gemäss unseren
        Datenschutzbestimmungen gelöscht.

        Freundliche Grüsse

        Reto Brunner
        HR Business Partner
        Limmat Privatbank AG · Talstrasse 58 · 8001 Zürich
    """),
    charset="windows-1252", cte="base64")

CALENBERG_REJ = body("""
    Sehr geehrter Herr Osei-Lindqvist,

    nochmals vielen Dank für Ihre Bewerbung als Spezialist Compliance / MaRisk (m/w/d).

    Wir haben uns die Entscheidung nicht leicht gemacht. Aus einer Vielzahl qualifizierter
    Bewerbungen haben wir diejenigen ausgewählt, deren Qualifikationen dem Anforderungsprofil
    am nächsten kommen. Zu unserem Bedauern gehört Ihre Bewerbung nicht dazu.

    Wir wünschen Ihnen für Ihre weitere Stellensuche viel Erfolg.

    Freundliche Grüße
    Personalmanagement
    Calenberger Bank eG
""")

add(id="rej_calenberg", slug="softgarden_shortlist_without_you", lang="de",
    company="Calenberger Bank", contact="",
    frm=("Calenberger Bank eG", "calenberger-bank@mail.softgarden.io"), parent="ack_calenberg",
    subject="Ihre Bewerbung bei der Calenberger Bank", date="2026-04-09 08:02 +0200",
    text=CALENBERG_REJ,
    html=ats_card("Calenberger Bank", "#166534", paras(CALENBERG_REJ),
                  "softgarden e-recruiting", "de"),
    cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")])

add(id="rej_hafenstadt", slug="terse_partner_from_phone", lang="de",
    company="Hafenstadt Revision", contact="o.brandes@hafenstadt-revision.example.de",
    frm=("Ole Brandes", "o.brandes@hafenstadt-revision.example.de"),
    subject="AW: Bewerbung Prüfungsassistent Financial Services", date="2026-01-30 19:41 +0100",
    refs=["<7f21.2026-01-18.ferdinand@example.de>"],
    text=body("""
        Hallo Herr Osei-Lindqvist,

        kurz und ehrlich: Wir nehmen jemanden mit Prüfungserfahrung. Trotzdem danke für Ihr
        Interesse und viel Glück.

        Gruß
        Ole Brandes

        Von meinem iPhone gesendet
    """))

add(id="rej_kontorbank", slug="filled_internally_latin1", lang="de",
    company="Kontorbank Bremen", contact="j.meiners@kontorbank.example.de",
    frm=("Jens Meiners", "j.meiners@kontorbank.example.de"), parent="ack_kontorbank",
    subject="Ihre Initiativbewerbung", date="2026-02-26 11:20 +0100",
    text=lambda get: body("""
        Hallo Herr Osei-Lindqvist,

        ich hatte versprochen, mich zu melden: Die Stelle in der Compliance-Abteilung, für die
        ich Ihren Lebenslauf weitergegeben hatte, ist inzwischen mit einem Kollegen aus dem
        eigenen Haus besetzt worden. Eine weitere Position ist dort in diesem Jahr nicht
        geplant.

        Es tut mir leid, dass ich Ihnen nichts anderes sagen kann.

        Gruß
        Jens Meiners
        Personalwesen, Kontorbank Bremen AG

    """) + "\n" + wrote("de", "20.01.2026 12:51", "Jens Meiners", "j.meiners@kontorbank.example.de")
    + "\n" + quote(get("ack_kontorbank")),
    charset="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "Q"))

add(id="rej_fleetpay", slug="casual_short_and_painless", lang="de", company="Fleetpay",
    contact="jannik@fleetpay.example.de", frm=("Jannik Petersen", "jannik@fleetpay.example.de"),
    parent="inv_fleetpay",
    subject="Update von Fleetpay", date="2026-06-26 12:48 +0200",
    html=plain_html('<div dir="ltr">' + paras(body("""
        Hey Ferdinand,

        ich mach's kurz und schmerzlos: Wir gehen mit jemand anderem weiter. War echt ein
        cooles Gespräch letzte Woche, aber am Ende brauchen wir für die Rolle jemanden, der
        schon mal ein Monitoring-Tool selbst aufgesetzt hat.

        Falls du in einem Jahr wieder Lust hast, melde dich einfach!

        Cheers
        Jannik
    """)) + "</div>", "de"),
    html_cte="base64")

ZFM_BESCHEID = body("""
    Aktenzeichen: P 2 – 2026/0417

    Sehr geehrter Herr Osei-Lindqvist,

    Sie hatten sich nach dem Stand Ihrer Bewerbung erkundigt; dafür danke ich Ihnen.

    Nachdem der Gesprächstermin am 8. September entfallen musste, wurde das
    Auswahlverfahren mit einer verkleinerten Zahl von Bewerberinnen und Bewerbern
    fortgesetzt und inzwischen abgeschlossen. Ich bedaure, Ihnen mitteilen zu müssen, dass
    Sie dabei nicht mehr berücksichtigt werden konnten und die Stelle anderweitig vergeben
    wurde.

    Das förmliche Schreiben finden Sie im Anhang. Ihre Unterlagen werden nach Ablauf der
    gesetzlichen Fristen vernichtet.

    Im Auftrag
    Ines Wachowiak
    Referat P 2 – Personalgewinnung
    Zentralstelle für Marktintegrität
""")

add(id="rej_zfm", slug="regulator_letter_after_cancelled_slot", lang="de",
    company="Zentralstelle für Marktintegrität", contact="ines.wachowiak@zfm.example.de",
    frm=("ZfM Personalgewinnung", "personalgewinnung@zfm.example.de"),
    reply_to=("Ines Wachowiak", "ines.wachowiak@zfm.example.de"), parent="oth_zfm_followup",
    subject="Ihre Bewerbung – Kennziffer P 2 – 2026/0417", date="2026-09-22 13:40 +0200",
    text=ZFM_BESCHEID, cte="quoted-printable",
    pdf=[{"name": "Schreiben_P2-2026-0417.pdf", "title": "Zentralstelle fuer Marktintegritaet",
          "lines": ["Az. P 2 - 2026/0417", "Ihre Bewerbung als Referent Marktintegritaet",
                    "Wir bedauern, Ihnen mitteilen zu muessen, dass die Stelle",
                    "anderweitig besetzt wurde."]}])

add(id="rej_brandt_wiese", slug="headhunter_unnamed_client_declines", lang="de",
    company="Brandt & Wiese Executive Search", contact="l.wiese@brandt-wiese.example.de",
    frm=("Lorenz Wiese", "l.wiese@brandt-wiese.example.de"),
    subject="Ihre Kandidatur – Mandat Privatbank Hamburg", date="2026-07-14 09:26 +0200",
    text=body("""
        Sehr geehrter Herr Osei-Lindqvist,

        ich hatte Ihr Profil – wie mit Ihnen abgestimmt – unserem Mandanten, einer Hamburger
        Privatbank, vertraulich vorgestellt. Der Mandant hat sich nach Durchsicht aller
        Profile entschieden, nur Kandidaten mit mindestens drei Jahren Compliance-Praxis zu
        Gesprächen einzuladen. Ihre Kandidatur wird daher nicht weiterverfolgt.

        Ich bedaure das, denn Ihr Werdegang hat mich persönlich überzeugt. Mit Ihrem
        Einverständnis behalte ich Ihre Unterlagen für künftige Mandate.

        Mit freundlichen Grüßen
        Lorenz Wiese
        Geschäftsführender Partner

        Brandt & Wiese Executive Search GmbH
        Neuer Wall 50 · 20354 Hamburg
        Tel. +49 40 5550 7281
    """),
    html=outlook_html(mso(body("""
        Sehr geehrter Herr Osei-Lindqvist,

        ich hatte Ihr Profil – wie mit Ihnen abgestimmt – unserem Mandanten, einer Hamburger
        Privatbank, vertraulich vorgestellt. Der Mandant hat sich nach Durchsicht aller
        Profile entschieden, nur Kandidaten mit mindestens drei Jahren Compliance-Praxis zu
        Gesprächen einzuladen. Ihre Kandidatur wird daher nicht weiterverfolgt.

        Ich bedaure das, denn Ihr Werdegang hat mich persönlich überzeugt. Mit Ihrem
        Einverständnis behalte ich Ihre Unterlagen für künftige Mandate.

        Mit freundlichen Grüßen
        Lorenz Wiese
        Geschäftsführender Partner

        Brandt & Wiese Executive Search GmbH
        Neuer Wall 50 · 20354 Hamburg
        Tel. +49 40 5550 7281
    """)), "de"),
    cte="quoted-printable")

add(id="rej_senckenberg", slug="successfactors_no_positive_news_cp1252", lang="de",
    company="Senckenberg Versicherung", contact="",
    frm=("Senckenberg Versicherung Karriere", "noreply@successfactors.eu"), parent="ack_senckenberg",
    subject="Ihre Bewerbung – Referent Compliance (w/m/d)", date="2026-05-20 06:45 +0000",
    charset="windows-1252",
    html=ats_card("Senckenberg Versicherung", "#1e40af", paras(body("""
        Sehr geehrter Herr Osei-Lindqvist,

        Sie haben sich bei uns als Referent Compliance (w/m/d) beworben – dafür nochmals
        herzlichen Dank.

        Leider können wir Ihnen heute keine positive Rückmeldung geben. Wir haben uns für eine
        Bewerberin entschieden, deren Erfahrung im Versicherungsaufsichtsrecht für diese
        Position den Ausschlag gegeben hat.

        Wir würden uns freuen, wenn Sie unsere Stellenangebote auch künftig im Blick behalten.

        Freundliche Grüße
        Senckenberg Versicherung AG – Talent Acquisition
    """)), "Senckenberg Versicherung AG · Senckenberganlage 31 · 60325 Frankfurt am Main",
        "de"),
    html_cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")])

HERRENHAUSEN_THANKS = body("""
    Sehr geehrter Herr Obermeyer,

    vielen Dank für das Gespräch gestern mit Ihnen, Frau Freitag und Herrn Özdemir. Die
    Vorstellung des Kundenrisiko-Teams hat mir sehr gefallen, und ich würde mich freuen, die
    nächste Runde zu erreichen.

    Mit freundlichen Grüßen
    Ferdinand Osei-Lindqvist
""")

add(id="rej_herrenhausen", slug="reply_to_thank_you_note", lang="de",
    company="Herrenhausen Assekuranz", contact="nils.obermeyer@herrenhausen-assekuranz.example.de",
    frm=("Nils Obermeyer", "nils.obermeyer@herrenhausen-assekuranz.example.de"),
    parent="inv_herrenhausen_fwd", refs=["<5d0e.2026-09-11.ferdinand@example.de>"],
    subject="AW: Vielen Dank für das Gespräch", date="2026-09-18 15:12 +0200",
    text=body("""
        Sehr geehrter Herr Osei-Lindqvist,

        haben Sie Dank für Ihre freundlichen Zeilen. Umso schwerer fällt mir diese Antwort:
        Frau Freitag hat sich für einen Bewerber entschieden, der bereits im Versicherungs-
        umfeld Erfahrung mit Sanktions-Screening gesammelt hat. Für Sie geht es in diesem
        Verfahren deshalb nicht weiter.

        Sie haben im Gespräch einen sehr guten Eindruck hinterlassen; eine Bewerbung auf
        künftige Ausschreibungen bei uns würden wir begrüßen.

        Viele Grüße
        Nils Obermeyer
        Personalreferent | Herrenhausen Assekuranz AG

    """) + "\n" + wrote("de", "11.09.2026 um 08:40", "Ferdinand Osei-Lindqvist", ME[1]) + "\n"
    + quote(HERRENHAUSEN_THANKS),
    charset="iso-8859-1", cte="base64", subj_enc=("iso-8859-1", "B"))

add(id="rej_roemerberg", slug="teamtailor_not_a_full_match_yet", lang="de",
    company="Römerberg Audit Partners", contact="h.schaefer@roemerberg-audit.example.de",
    frm=("Römerberg Audit Partners", "no-reply@teamtailor-mail.com"),
    reply_to=("Hanna Schäfer", "h.schaefer@roemerberg-audit.example.de"),
    subject="Deine Bewerbung bei Römerberg Audit Partners", date="2026-01-23 16:00 +0100",
    text=body("""
        Hi Ferdinand,

        danke, dass du dich als Consultant Financial Crime bei uns beworben hast. Wir haben
        uns dein Profil genau angesehen: Es gefällt uns, passt aber für diese Rolle noch nicht
        ganz – uns fehlt die Projekterfahrung, die unsere Mandate von Tag eins an verlangen.

        Wir haben dich deshalb nicht für die nächste Runde vorgesehen. Wenn du magst, bleibst
        du in unserem Talent-Pool, und wir melden uns, sobald eine Einstiegsposition frei wird.

        Beste Grüße
        Hanna Schäfer
        Talent Acquisition · Römerberg Audit Partners
    """),
    html=ats_card("Römerberg Audit Partners", "#0f766e", paras(body("""
        Hi Ferdinand,

        danke, dass du dich als Consultant Financial Crime bei uns beworben hast. Wir haben
        uns dein Profil genau angesehen: Es gefällt uns, passt aber für diese Rolle noch nicht
        ganz – uns fehlt die Projekterfahrung, die unsere Mandate von Tag eins an verlangen.

        Wir haben dich deshalb nicht für die nächste Runde vorgesehen. Wenn du magst, bleibst
        du in unserem Talent-Pool, und wir melden uns, sobald eine Einstiegsposition frei wird.

        Beste Grüße
        Hanna Schäfer
        Talent Acquisition · Römerberg Audit Partners
    """)), "Powered by Teamtailor", "de"),
    cte="8bit", frm_enc=("iso-8859-1", "Q"))

add(id="rej_sihlquai", slug="recruitee_position_cancelled_reorg", lang="de",
    company="Sihlquai Asset Services", contact="",
    frm=("Sihlquai Asset Services", "notifications@jobs.recruitee.com"),
    subject="Information zur Stelle «Compliance Officer KYC»", date="2026-08-27 15:30 +0200",
    text=body("""
        Guten Tag Herr Osei-Lindqvist

        Wir danken Ihnen für Ihre Bewerbung als Compliance Officer KYC.

        Im Zuge einer Reorganisation unseres Bereichs Legal & Compliance wurde die
        ausgeschriebene Stelle gestrichen. Wir schliessen das Verfahren daher ab, ohne die
        Position zu besetzen, und können Ihre Bewerbung nicht weiter berücksichtigen.

        Wir bedauern diese Entwicklung und danken Ihnen für Ihr Verständnis.

        Freundliche Grüsse
        Sihlquai Asset Services AG
    """),
    cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")])

# =============================================================================== English

ELBFINANZ_REJ = body("""
    Hi Ferdinand,

    Thank you for your kind note after the interview - it was a pleasure for Jonas and me to
    talk to you.

    After a lot of discussion we've decided to go ahead with another candidate, whose hands-on
    experience with crypto-asset transaction monitoring is closer to what the team needs right
    now. That was a tough call, and it doesn't take away from how well you prepared.

    I'd be glad to keep your details on file for future openings in our compliance team.

    Best,
    Lina
""")

add(id="rej_elbfinanz", slug="greenhouse_reply_quoting_thank_you", lang="en",
    company="Elbfinanz", contact="lina.hartmann@elbfinanz.example.de",
    frm=("Lina Hartmann via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Lina Hartmann", "lina.hartmann@elbfinanz.example.de"),
    parent="oth_elbfinanz_thanks",
    subject="Re: Thank you - Compliance Analyst (AML) interview", date="2026-02-09 15:48 +0000",
    text=lambda get: ELBFINANZ_REJ + "\n" + wrote(
        "en", "Tue, Feb 3, 2026 at 8:50 AM", "Ferdinand Osei-Lindqvist", ME[1]) + "\n"
    + quote(get("oth_elbfinanz_thanks")),
    cte="quoted-printable")

KIRCHBERG_REJ = body("""
    Dear Ferdinand,

    Thank you for your interest in the KYC Analyst position (Req. 2026-0311) at Kirchberg
    Fund Services and for the time you invested in the process.

    After careful review, we have decided to move forward with candidates whose experience
    more closely matches the requirements of this position.

    We will retain your profile in our talent community and encourage you to apply for future
    openings that match your skills.

    Kind regards,
    Talent Acquisition
    Kirchberg Fund Services
""")

add(id="rej_kirchberg", slug="icims_closer_match_candidates", lang="en",
    company="Kirchberg Fund Services", contact="",
    frm=("Kirchberg Fund Services Careers", "careers-kirchbergfs@icims.com"),
    parent="mis_kirchberg",
    subject="Update on your application: KYC Analyst (Req. 2026-0311)",
    date="2026-09-01 08:12 -0400",
    html=ats_card("Kirchberg Fund Services", "#0c4a6e", paras(KIRCHBERG_REJ),
                  "This message was sent from an unmonitored mailbox via iCIMS."),
    html_cte="base64", headers=[("Auto-Submitted", "auto-generated")])

add(id="rej_amstel", slug="workable_not_progressing", lang="en",
    company="Amstel Assurance", contact="",
    frm=("Amstel Assurance", "noreply@workablemail.com"), parent="mis_amstel",
    subject="Your application for Compliance Analyst (Insurance)", date="2026-02-13 09:05 +0100",
    text=body("""
        Hi Ferdinand,

        We've now completed our review for the Compliance Analyst (Insurance) role, and we
        won't be progressing your application any further.

        Thanks for the interest you've shown in Amstel Assurance.

        Amstel Assurance Recruiting
        Sent via Workable
    """),
    headers=[("Auto-Submitted", "auto-generated")])

add(id="rej_afi", slug="regulator_vacancy_on_hold", lang="en",
    company="Autoriteit Financiële Integriteit", contact="joost.vandijk@afi.example.nl",
    frm=("Joost van Dijk", "joost.vandijk@afi.example.nl"), parent="inv_afi",
    subject="Supervisory Analyst, Integrity Risk - selection procedure",
    date="2026-07-27 16:40 +0200",
    text=body("""
        Dear Mr Osei-Lindqvist,

        Thank you for taking part in the case exercise and panel interview on 15 July.

        I'm writing to let you know that the role has been put on hold and we will not proceed
        with this selection procedure. Following a decision by our Board on the department's
        reorganisation, the vacancy will not be filled this year. This is in no way a
        reflection on your performance, which the panel rated well.

        Should the vacancy be reopened, we will invite you to indicate whether you are still
        interested.

        With kind regards,
        Joost van Dijk
        Recruitment Adviser
        Autoriteit Financiële Integriteit
        Wibautstraat 150, Amsterdam

        This e-mail is intended solely for the addressee. The AFI accepts no liability for
        damage of any kind resulting from the risks inherent in the electronic transmission
        of messages.
    """),
    html=plain_html(paras(body("""
        Dear Mr Osei-Lindqvist,

        Thank you for taking part in the case exercise and panel interview on 15 July.

        I'm writing to let you know that the role has been put on hold and we will not proceed
        with this selection procedure. Following a decision by our Board on the department's
        reorganisation, the vacancy will not be filled this year. This is in no way a
        reflection on your performance, which the panel rated well.

        Should the vacancy be reopened, we will invite you to indicate whether you are still
        interested.

        With kind regards,
        Joost van Dijk
        Recruitment Adviser
        Autoriteit Financiële Integriteit
        Wibautstraat 150, Amsterdam
    """))),
    cte="base64")

add(id="rej_northbridge_grund", slug="agency_relays_client_brief_no", lang="en",
    company="Grund Custody Bank", contact="owen.price@northbridge-rec.example.lu",
    frm=("Owen Price", "owen.price@northbridge-rec.example.lu"),
    subject="Grund Custody Bank - feedback", date="2026-10-02 17:55 +0200",
    refs=["<n0r7.2026-09-21.ferdinand@example.de>"],
    text=body("""
        Hi Ferdinand,

        Heard back from Grund Custody Bank this afternoon. They've passed on your application -
        the hiring manager wants someone who has already worked on fund investor due diligence.

        Sorry it's not better news. I'll call you next week about two other roles in
        Luxembourg.

        Owen

        Owen Price
        Principal Consultant | Northbridge Recruitment S.à r.l.
        16, rue Erasme, L-1468 Luxembourg | +352 555 771 30
    """),
    cte="quoted-printable")

LEDGER_REJ = body("""
    Hi Ferdinand,

    Thanks for your interest in the Financial Crime Analyst role at Ledgerline.

    Unfortunately we've decided not to continue with your application. We received a large
    number of strong applications and had to make some difficult choices.

    We wish you the best of luck in your search.

    Ledgerline Talent Team
""")

add(id="rej_ledgerline", slug="ashby_not_continuing", lang="en", company="Ledgerline",
    contact="", frm=("Ledgerline", "no-reply@ashbyhq.com"), parent="mis_ledgerline",
    subject="Your application to Ledgerline", date="2026-04-03 10:30 +0200",
    text=LEDGER_REJ,
    html=ats_card("Ledgerline", "#16a34a", paras(LEDGER_REJ), "Powered by Ashby"),
    cte="base64", headers=[("Auto-Submitted", "auto-generated")])

add(id="rej_paytli", slug="cofounder_its_a_no_with_disclaimer", lang="en", company="Paytli",
    contact="marco@paytli.example.ch", frm=("Marco Keller", "marco@paytli.example.ch"),
    parent="rse_paytli_cancel",
    subject="Re: Tomorrow's call", date="2026-05-28 18:20 +0200",
    text=body("""
        Ferdinand,

        Thanks for your time on the call last week and for your patience with my calendar.
        It's a no from us this time: we've decided to hire someone who can also cover our
        licensing work with FINMA.

        Good luck - I'm sure you'll land somewhere good.

        Marco

        --
        Marco Keller | Co-founder & COO | Paytli AG | Hardstrasse 201, 8005 Zürich
        This message may contain confidential information. If you are not the intended
        recipient, please delete it and notify the sender. Paytli AG accepts no liability
        for any errors or omissions in this message.
    """),
    html=outlook_html(mso(body("""
        Ferdinand,

        Thanks for your time on the call last week and for your patience with my calendar.
        It's a no from us this time: we've decided to hire someone who can also cover our
        licensing work with FINMA.

        Good luck - I'm sure you'll land somewhere good.

        Marco
    """)), "en"),
    cte="quoted-printable")

add(id="rej_moselle", slug="smartrecruiters_regret_after_interview", lang="en",
    company="Moselle Assurances", contact="sophie.weber@moselle-assurances.example.lu",
    frm=("Moselle Assurances", "noreply@smartrecruiters.com"),
    reply_to=("Sophie Weber", "sophie.weber@moselle-assurances.example.lu"),
    parent="rse_moselle_update",
    subject="Compliance Officer - AML/CTF: outcome of your interview", date="2026-07-02 09:14 +0000",
    text=body("""
        Dear Ferdinand,

        Thank you for meeting Mr. Feltgen and me on 17 June.

        We regret to inform you that we have selected another applicant for the position of
        Compliance Officer - AML/CTF. Your motivation came across clearly; the final decision
        came down to fluency in Luxembourgish, which several of our clients expect.

        We appreciate your interest in Moselle Assurances and wish you every success.

        Sophie Weber
        HR Officer, Moselle Assurances S.A.

        Powered by SmartRecruiters
    """),
    charset="utf-8", cte="quoted-printable")

# =============================================================================== French

add(id="rej_belleville", slug="au_regret_suite_defavorable_latin1", lang="fr",
    company="Assurances Belleville", contact="s.morel@assurances-belleville.example.fr",
    frm=("Assurances Belleville - Recrutement", "recrutement@assurances-belleville.example.fr"),
    reply_to=("Sandrine Morel", "s.morel@assurances-belleville.example.fr"),
    parent="ack_belleville",
    subject="Votre candidature au poste de Chargé de conformité (H/F)",
    subj_enc=("iso-8859-1", "Q", "partial"), date="2026-02-20 10:44 +0100",
    charset="iso-8859-1", cte="quoted-printable",
    text=body("""
        Monsieur,

        Nous avons bien étudié votre candidature au poste de Chargé de conformité (H/F) et
        vous remercions de la confiance que vous nous avez témoignée.

        Nous sommes toutefois au regret de vous informer que nous ne pouvons pas y donner une
        suite favorable, le poste nécessitant une maîtrise approfondie de la réglementation
        Solvabilité II.

        Nous conservons votre dossier dans notre vivier pendant deux ans, sauf opposition de
        votre part, et vous souhaitons pleine réussite dans vos démarches.

        Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

        Sandrine Morel
        Responsable recrutement
        Assurances Belleville
        27 rue de Belleville, 75019 Paris
    """))

add(id="rej_lacroix", slug="apres_entretien_cite_remerciements", lang="fr",
    company="Lacroix & Vernet Audit", contact="j.marchetti@lacroix-vernet.example.fr",
    frm=("Julien Marchetti", "j.marchetti@lacroix-vernet.example.fr"), parent="oth_lacroix_thanks",
    subject="RE: Remerciements – entretien du 16 avril", date="2026-04-29 18:07 +0200",
    text=lambda get: body("""
        Monsieur,

        Merci pour votre message, qui nous a fait plaisir.

        Après réflexion, Mme Dufresne a finalement retenu un profil ayant déjà travaillé en
        cabinet sur des missions LCB-FT ; nous ne poursuivrons donc pas le processus avec vous
        pour ce poste. Votre connaissance du terrain a été appréciée, et nous n'hésiterons pas
        à revenir vers vous si une opportunité plus junior se présente.

        Je vous souhaite une bonne continuation.

        Cordialement,
        Julien Marchetti
        Responsable recrutement
        Lacroix & Vernet Audit
        18 rue de la Chaussée-d'Antin, 75009 Paris

    """) + "\n" + wrote("fr", "ven. 17 avr. 2026 à 09:03", "Ferdinand Osei-Lindqvist", ME[1]) + "\n"
    + quote(get("oth_lacroix_thanks")),
    cte="quoted-printable")

MENIL_REJ = body("""
    Bonjour Ferdinand,

    Nous vous remercions de l'intérêt que vous avez manifesté pour le poste d'Analyste
    Conformité Sécurité Financière (réf. 26000381).

    Après une étude attentive de votre dossier, votre profil ne correspond pas aux besoins
    actuels de l'équipe, qui recherche une expérience confirmée en gel des avoirs. Nous ne
    sommes donc pas en mesure de retenir votre candidature.

    Nous vous invitons à consulter régulièrement nos offres et vous souhaitons plein succès
    dans vos recherches.

    L'équipe Recrutement
    Crédit Ménilmontant
""")

add(id="rej_menilmontant", slug="taleo_profil_ne_correspond_pas", lang="fr",
    company="Crédit Ménilmontant", contact="",
    frm=("Crédit Ménilmontant Recrutement", "no-reply@taleo.net"), frm_enc=("utf-8", "B"),
    parent="ack_menilmontant",
    subject="Suite donnée à votre candidature – réf. 26000381", subj_enc=("utf-8", "B"),
    date="2026-04-15 05:02 -0400",
    html=ats_card("Crédit Ménilmontant", "#7f1d1d", paras(MENIL_REJ),
                  "Oracle Taleo · Ne pas répondre à ce message", "fr"),
    charset="windows-1252", html_cte="base64", headers=[("Auto-Submitted", "auto-generated")])

add(id="rej_vauban_paymoulin", slug="cabinet_client_ne_donne_pas_suite", lang="fr",
    company="Paymoulin", contact="e.garnier@vauban-rh.example.fr",
    frm=("Élodie Garnier", "e.garnier@vauban-rh.example.fr"), parent="mis_paymoulin",
    subject="Retour de Paymoulin", date="2026-06-23 09:58 +0200",
    text=body("""
        Bonjour Ferdinand,

        J'ai eu Thomas Lefebvre au téléphone hier soir. Malgré le second créneau qu'ils vous
        avaient accordé, Paymoulin a décidé de ne pas donner suite à votre candidature : ils
        ont fait une proposition à une personne qui a déjà travaillé dans un établissement de
        paiement agréé.

        Je suis désolée, je sais que vous y teniez. On se parle la semaine prochaine pour faire
        le point sur les autres pistes ?

        Élodie
        Vauban Conseil RH · 06 55 50 71 24
    """),
    html=plain_html(paras(body("""
        Bonjour Ferdinand,

        J'ai eu Thomas Lefebvre au téléphone hier soir. Malgré le second créneau qu'ils vous
        avaient accordé, Paymoulin a décidé de ne pas donner suite à votre candidature : ils
        ont fait une proposition à une personne qui a déjà travaillé dans un établissement de
        paiement agréé.

        Je suis désolée, je sais que vous y teniez. On se parle la semaine prochaine pour faire
        le point sur les autres pistes ?

        Élodie
        Vauban Conseil RH · 06 55 50 71 24
    """)), "fr"),
    cte="8bit", frm_enc=("utf-8", "B"))

# =============================================================================== Spanish

add(id="rej_castellana", slug="seguimos_con_otras_candidaturas", lang="es",
    company="Banco Castellana", contact="lucia.fernandez@bancocastellana.example.es",
    frm=("Lucía Fernández Ortega", "lucia.fernandez@bancocastellana.example.es"),
    parent="mis_castellana",
    subject="Proceso de selección – Analista de Cumplimiento Normativo", subj_enc=("utf-8", "B"),
    date="2026-03-20 12:31 +0100",
    text=lambda get: body("""
        Hola Ferdinand:

        Gracias por tu respuesta y por explicarnos lo que ocurrió el día de la entrevista.

        Hemos valorado tu situación, pero el calendario del proceso no nos permite abrir un
        nuevo hueco: hemos decidido continuar con otras candidaturas que ya están en la fase
        final. Te agradecemos el interés mostrado por Banco Castellana.

        Un saludo,
        Lucía Fernández Ortega
        Técnica de Selección · Banco Castellana, S.A.

        AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a
        su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente
        y lo elimine.

    """) + "\n" + wrote("es", "jue, 12 mar 2026 a las 10:34", "Lucía Fernández Ortega",
                 "lucia.fernandez@bancocastellana.example.es") + "\n"
    + quote(get("mis_castellana")),
    html=lambda get: outlook_html(mso(body("""
        Hola Ferdinand:

        Gracias por tu respuesta y por explicarnos lo que ocurrió el día de la entrevista.

        Hemos valorado tu situación, pero el calendario del proceso no nos permite abrir un
        nuevo hueco: hemos decidido continuar con otras candidaturas que ya están en la fase
        final. Te agradecemos el interés mostrado por Banco Castellana.

        Un saludo,
        Lucía Fernández Ortega
        Técnica de Selección · Banco Castellana, S.A.
    """)) + "\n<blockquote>" + mso(get("mis_castellana")) + "</blockquote>", "es"),
    charset="iso-8859-1", cte="quoted-printable")

add(id="rej_talento", slug="agencia_cliente_sin_nombre_no_sigue", lang="es",
    company="Talento Ibérico", contact="marta.ibanez@talentoiberico.example.es",
    frm=("Marta Ibáñez", "marta.ibanez@talentoiberico.example.es"), parent="inv_talento",
    subject="Novedades sobre la posición de analista KYC", date="2026-08-12 13:05 +0200",
    text=body("""
        Hola Ferdinand,

        Te escribo con la respuesta de nuestro cliente, la aseguradora de la que te hablé. Han
        revisado tu candidatura con interés, pero finalmente no van a seguir adelante contigo:
        buscan a alguien con nivel nativo de español para atender a clientes de banca privada.

        Sé que no es lo que esperabas. Sigues en nuestra base y te llamaré en cuanto tenga
        otra posición en la que el inglés y el alemán pesen más.

        Un abrazo,
        Marta Ibáñez
        Consultora de Selección | Talento Ibérico
    """),
    cte="base64")

add(id="rej_pagalia", slug="lever_cubierto_internamente", lang="es", company="Pagalia",
    contact="irene.soto@pagalia.example.es",
    frm=("Irene Soto", "no-reply@hire.lever.co"),
    reply_to=("Irene Soto", "irene.soto@pagalia.example.es"), parent="rss_pagalia",
    subject="Tu candidatura en Pagalia", date="2026-09-24 11:11 +0200",
    text=body("""
        Hola Ferdinand:

        Gracias por la entrevista del día 10 y por tu flexibilidad con el cambio de fecha.

        Te escribo para contarte que el puesto de Analista de Cumplimiento se ha cubierto
        finalmente con una persona de nuestro propio equipo de operaciones, que conoce ya
        nuestros procesos. Por eso cerramos el proceso externo.

        Nos ha gustado mucho conocerte y guardaremos tu perfil para futuras vacantes.

        Saludos,
        Irene Soto
        People Team · Pagalia
    """),
    html=ats_card("Pagalia", "#6d28d9", paras(body("""
        Hola Ferdinand:

        Gracias por la entrevista del día 10 y por tu flexibilidad con el cambio de fecha.

        Te escribo para contarte que el puesto de Analista de Cumplimiento se ha cubierto
        finalmente con una persona de nuestro propio equipo de operaciones, que conoce ya
        nuestros procesos. Por eso cerramos el proceso externo.

        Nos ha gustado mucho conocerte y guardaremos tu perfil para futuras vacantes.

        Saludos,
        Irene Soto
        People Team · Pagalia
    """)), "Sent via Lever", "es"),
    charset="windows-1252", cte="quoted-printable")

add(id="rej_lavapies", slug="informal_al_final_no_seguimos", lang="es",
    company="Lavapiés Auditores", contact="dani.ortega@lavapiesauditores.example.es",
    frm=("Dani Ortega", "dani.ortega@lavapiesauditores.example.es"),
    subject="Lo de la vacante", date="2026-10-05 19:44 +0200",
    refs=["<l4v4.2026-09-28.ferdinand@example.de>"],
    text=body("""
        Hola Ferdinand,

        Te escribo para contarte que al final no seguimos contigo para lo de la vacante de
        analista. Nada que ver con la charla, que estuvo genial: el socio prefiere a alguien
        que ya esté en Madrid y pueda empezar mañana mismo.

        Si vienes por aquí algún día, te invito a un café.

        Dani
    """),
    cte="8bit")
