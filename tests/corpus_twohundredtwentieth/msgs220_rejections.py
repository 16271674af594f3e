"""Corpus 220, kind `rejection` (31): every one worded on its own."""

from __future__ import annotations

from msgs220_common import (
    ats_card,
    mso,
    outlook_block,
    outlook_html,
    paras,
    quote,
    simple_html,
)
from msgs220_invites import (
    BRIGHTWATER,
    DONAU,
    DONAU_MISSED,
    LEVANTE,
    LEVANTE_MISSED,
    LIMMAT,
    LIMMAT_MOVE,
    LUMIERE,
    LUMIERE_CANCEL,
    PARKSIDE,
    RHONE,
    RHONE_MISSED,
    RUZAFA,
    SALZACH,
    TALFER,
    TESS,
)
from msgs220_other import MIRABELL_THANKS, RHONE_EXCUSES, RIVERSIDE_THANKS

MESSAGES: list[dict] = [
    # ---------------------------------------------------------------- German (15)
    dict(
        kind="rejection", name="messe_leopoldstadt_workday", lang="de",
        company="Messehallen Leopoldstadt", contact="",
        frm=("Messehallen Leopoldstadt", "messeleopoldstadt@myworkday.com"),
        subject="Ihre Bewerbung als Projektassistenz Messen & Kongresse (JR-10482)",
        date="2026-04-30 17:02 +0200",
        text="""Sehr geehrte Frau Oyelaran-Voss,

vielen Dank für Ihr Interesse an den Messehallen Leopoldstadt und die Zeit, die Sie in
Ihre Bewerbung als Projektassistenz Messen & Kongresse (JR-10482) investiert haben.

Nach sorgfältiger Prüfung Ihrer Unterlagen können wir Ihre Bewerbung im weiteren
Auswahlverfahren leider nicht berücksichtigen.

Gerne behalten wir Ihr Profil in unserem Talent-Pool, sofern Sie dem in Ihrem
Kandidatenkonto zustimmen. Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen
Talent Acquisition
Messehallen Leopoldstadt Betriebs-GmbH

Dies ist eine automatisch generierte Nachricht. Antworten an diese Adresse können nicht
bearbeitet werden.""",
        html=ats_card("Messehallen Leopoldstadt", "#c8102e", paras("""Sehr geehrte Frau Oyelaran-Voss,

vielen Dank für Ihr Interesse an den Messehallen Leopoldstadt und die Zeit, die Sie in
Ihre Bewerbung als Projektassistenz Messen & Kongresse (JR-10482) investiert haben.

Nach sorgfältiger Prüfung Ihrer Unterlagen können wir Ihre Bewerbung im weiteren
Auswahlverfahren leider nicht berücksichtigen.

Gerne behalten wir Ihr Profil in unserem Talent-Pool, sofern Sie dem in Ihrem
Kandidatenkonto zustimmen. Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen
Talent Acquisition
Messehallen Leopoldstadt Betriebs-GmbH"""),
            "Dies ist eine automatisch generierte Nachricht. Antworten an diese Adresse "
            "können nicht bearbeitet werden."),
        cte="qp",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind="rejection", name="goldene_gams_personio_html", lang="de",
        company="Hotel Goldene Gams", contact="",
        frm=("Hotel Goldene Gams", "no-reply@personio.de"),
        subject="Rückmeldung zu Ihrer Bewerbung – Veranstaltungsassistenz",
        date="2026-02-18 10:31 +0100", thread="goldenegams",
        html=ats_card("Hotel Goldene Gams", "#6d4c41", paras("""Grüß Gott Frau Oyelaran-Voss,

nochmals danke, dass Sie sich bei uns beworben haben. Wir haben alle Unterlagen gesichtet
und uns entschieden, mit Bewerberinnen und Bewerbern weiterzumachen, deren Erfahrung
noch genauer zu den Anforderungen der Veranstaltungsassistenz passt.

Ihre Kreativität als Floristin hat uns dennoch beeindruckt – vielleicht kreuzen sich
unsere Wege bei einer Hochzeit im Haus wieder.

Herzliche Grüße aus der Altstadt
Ihr Team vom Hotel Goldene Gams"""),
            "Hotel Goldene Gams · Herzog-Friedrich-Straße 9 · 6020 Innsbruck"),
    ),
    dict(
        kind="rejection", name="nordkette_stelle_auf_eis", lang="de",
        company="Nordkette Events", contact="verena.schoepf@nordkette-events.example.at",
        frm=("Verena Schöpf", "verena.schoepf@nordkette-events.example.at"),
        frm_enc=("iso-8859-1", "Q"),
        subject="Stelle Eventmanagement - aktueller Stand",
        date="2026-05-06 12:14 +0200",
        text="""Liebe Frau Oyelaran-Voss,

ich melde mich mit keiner guten Nachricht: Die ausgeschriebene Stelle im Eventmanagement
wurde bis auf Weiteres auf Eis gelegt. Zwei große Firmenkunden haben ihre
Sommerveranstaltungen storniert, und wir werden das Verfahren daher nicht weiterführen.

Das hat ausdrücklich nichts mit Ihnen zu tun. Sollte sich die Lage im Herbst ändern,
schreiben wir die Stelle neu aus - dann würde ich mich über eine neue Bewerbung freuen.

Liebe Grüße
Verena Schöpf
Nordkette Events
Höttinger Gasse 12, 6020 Innsbruck
+43 660 412 77 91""",
        charset="iso-8859-1", cte="qp",
    ),
    dict(
        kind="rejection", name="salzachblick_kurz", lang="de",
        company="Hotel Salzachblick", contact="e.gruber@salzachblick.example.at",
        frm=SALZACH,
        subject="Bewerbung Bankett- und Eventkoordination",
        date="2026-07-03 08:20 +0200", thread="salzachblick",
        text="""Sehr geehrte Frau Oyelaran-Voss,

danke für Ihr Interesse – die Stelle ist inzwischen anderweitig vergeben.
Alles Gute für Sie.

E. Gruber-Moosleitner
Hotel Salzachblick****""",
        charset="windows-1252", cte="8bit",
    ),
    dict(
        kind="rejection", name="tirolpersonal_kunde_alpenrose", lang="de",
        company="Hotel Alpenrose Seefeld", contact="b.kofler@tirolpersonal.example.at",
        frm=("Bernhard Kofler", "b.kofler@tirolpersonal.example.at"),
        subject="Rückmeldung Hotel Alpenrose Seefeld",
        date="2026-02-12 17:40 +0100", thread="tirolpersonal",
        text="""Hallo Frau Oyelaran-Voss,

ich habe heute mit der Direktion vom Hotel Alpenrose in Seefeld telefoniert. Leider hat
man sich dort nach den Gesprächen für eine Kandidatin entschieden, die schon drei
Wintersaisonen in der Bankettabteilung eines Fünfsternehauses gearbeitet hat.

Das Feedback zu Ihnen war trotzdem sehr positiv – vor allem Ihre Ideen zur Tischdeko
für die Silvestergala. Ich bleibe für Sie dran; es kommen im Frühjahr sicher noch
passende Stellen.

Beste Grüße
Bernhard Kofler
Tirol Personal Partner""",
    ),
    dict(
        kind="rejection", name="mirabell_nach_gespraech", lang="de",
        company="Festspielservice Mirabell",
        contact="k.aigner-lechner@mirabell-festival.example.at",
        frm=("Katharina Aigner-Lechner", "k.aigner-lechner@mirabell-festival.example.at"),
        subject="AW: Danke für das Gespräch heute",
        date="2026-05-06 14:55 +0200", thread="mirabell",
        text="""Liebe Frau Oyelaran-Voss,

herzlichen Dank für Ihre freundliche Nachricht nach unserem Gespräch – und entschuldigen
Sie, dass Sie so lange auf eine Antwort warten mussten.

Es ist uns nicht leichtgefallen: Wir haben uns am Ende für eine Bewerberin entschieden,
die bereits zwei Festspielsommer in unserer Gästebetreuung mitgearbeitet hat und die
Abläufe ab dem ersten Tag kennt. Für die Saison 2026 ist die Stelle damit besetzt.

Ihre Begeisterung für die Premierenempfänge hat Herrn Frauenschuh sehr gefallen. Wenn Sie
möchten, melden wir uns, sobald wir im Herbst für den Advent planen.

Herzliche Grüße
Katharina Aigner-Lechner
Festspielservice Mirabell

""" + quote(MIRABELL_THANKS, "Am 23.04.2026 um 18:40 schrieb Henrietta Oyelaran-Voss "
            "<henrietta.ov@example.at>:"),
        cte="qp",
    ),
    dict(
        kind="rejection", name="praterstern_intern_besetzt", lang="de",
        company="Praterstern Kommunikation",
        contact="jana.woellersdorfer@praterstern.example.at",
        frm=("Jana Wöllersdorfer (Praterstern Kommunikation)", "no-reply@teamtailor-mail.com"),
        frm_enc=("utf-8", "B"),
        reply_to=("Jana Wöllersdorfer", "jana.woellersdorfer@praterstern.example.at"),
        subject="Update zu deiner Bewerbung als Junior Projektmanagerin Events",
        date="2026-09-08 16:12 +0200", thread="praterstern",
        text="""Hallo Henrietta,

danke nochmal für das nette Gespräch bei uns in der Agentur!

Wir haben uns jetzt entschieden, die Position intern nachzubesetzen: Eine Kollegin aus
unserem Produktionsteam wechselt ins Projektmanagement. Für dich bedeutet das leider,
dass wir den Prozess an dieser Stelle beenden.

Wir fanden deinen Hintergrund wirklich erfrischend und würden dich gern in unserem
Talent-Pool behalten.

Alles Liebe
Jana
People & Culture, Praterstern Kommunikation""",
    ),
    dict(
        kind="rejection", name="moenchsberg_stelle_gestrichen", lang="de",
        company="Kongresszentrum Mönchsberg",
        contact="florian.schweighofer@moenchsberg-kongress.example.at",
        frm=("Dr. Florian Schweighofer", "florian.schweighofer@moenchsberg-kongress.example.at"),
        subject="Projektkoordination Kongresse – Abschluss des Auswahlverfahrens",
        subj_enc=("utf-8", "B"), subj_mode="full",
        date="2026-09-29 11:05 +0200", thread="moenchsberg",
        text="""Sehr geehrte Frau Oyelaran-Voss,

wie angekündigt melde ich mich nach der Sitzung des Aufsichtsrats. Das Gremium hat
beschlossen, die Planstelle Projektkoordination Kongresse im kommenden Jahr nicht zu
schaffen. Damit wird das Auswahlverfahren eingestellt, und eine Anstellung ist leider
nicht möglich.

Ich bedauere das sehr, zumal Sie unter den Kandidatinnen waren, die wir zum Assessment
Center eingeladen hatten. Ihre Unterlagen löschen wir nach den gesetzlichen Fristen.

Mit freundlichen Grüßen
Dr. Florian Schweighofer
Leitung Personal
Kongresszentrum Mönchsberg Betriebs GmbH""",
        cte="base64",
    ),
    dict(
        kind="rejection", name="talfer_locker", lang="de",
        company="Eventhaus Talfer", contact="m.pichler@talfer.example.it",
        frm=TALFER,
        subject="Kurzes Feedback",
        date="2026-06-05 19:10 +0200", thread="talfer",
        text="""Hi Henrietta,

ich mach's kurz und ehrlich: Wir haben uns für jemanden entschieden, der schon zwei
Jahre bei einem Festival in Meran die Produktion gemacht hat. War knapp!

Danke, dass du dir nach dem verpatzten ersten Anruf nochmal Zeit genommen hast. Wenn du
mal in Bozen bist, lad ich dich auf einen Kaffee ein.

Servus
Matthias""",
    ),
    dict(
        kind="rejection", name="lindenhof_successfactors", lang="de",
        company="Hotel Lindenhof Zürich", contact="",
        frm=("Hotel Lindenhof Zürich", "noreply@successfactors.eu"),
        frm_enc=("iso-8859-1", "Q"),
        subject="Ihre Bewerbung als Event Coordinator (Job-ID 4410)",
        date="2026-09-16 09:30 +0200", thread="lindenhof",
        text="""Grüezi Frau Oyelaran-Voss

Nochmals besten Dank für Ihre Bewerbung und Ihr Interesse am Hotel Lindenhof Zürich.

Nach eingehender Prüfung ist Ihr Dossier leider nicht in die engere Wahl gekommen. Der
Entscheid ist uns angesichts der vielen qualifizierten Bewerbungen nicht leichtgefallen.

Ihre Unterlagen werden gemäss unseren Datenschutzrichtlinien nach sechs Monaten gelöscht.

Freundliche Grüsse
Human Resources
Hotel Lindenhof Zürich

Diese Nachricht wurde automatisch erstellt.""",
        charset="iso-8859-1", cte="qp",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind="rejection", name="limmat_kunde_sagt_ab", lang="de",
        company="Seebühne Events", contact="r.brunner@limmattalent.example.ch",
        frm=LIMMAT,
        subject="Re: Neu: Freitag 19. Juni, 14 Uhr - Gespräch Seebühne Events",
        date="2026-07-02 17:25 +0200", thread="limmat",
        text="""Grüezi Frau Oyelaran-Voss

Ich habe heute mit Frau Bachmann telefoniert. Die Seebühne hat sich nach dem Gespräch
vom 19. Juni gegen eine Zusammenarbeit entschieden. Ausschlaggebend war am Ende die
fehlende Erfahrung mit Schweizer Bewilligungsverfahren für Seeveranstaltungen - etwas,
das man Ihnen kaum vorwerfen kann.

Mir tut es leid, dass es nicht geklappt hat. Ich würde Sie gerne weiter im Auge
behalten, falls Sie an der Schweiz interessiert bleiben.

Freundliche Grüsse
Reto Brunner-Keller

""" + quote(LIMMAT_MOVE, "Am 16.06.2026 um 08:05 schrieb Reto Brunner-Keller "
            "<r.brunner@limmattalent.example.ch>:"),
        charset="iso-8859-1", cte="qp",
    ),
    dict(
        kind="rejection", name="sill_nach_hearing", lang="de",
        company="Hochschule Sill", contact="petra.lindner@hochschule-sill.example.at",
        frm=("Mag. Petra Lindner", "petra.lindner@hochschule-sill.example.at"),
        subject="Ausschreibung Kennzahl 14/2026 – Ergebnis",
        date="2026-03-20 13:15 +0100", thread="sill",
        text="""Sehr geehrte Frau Oyelaran-Voss,

wir danken Ihnen für Ihre Teilnahme am Hearing vom 9. März 2026.

Die Auswahlkommission hat ihre Entscheidung getroffen. Wir bedauern, Ihnen mitteilen zu
müssen, dass die Wahl auf eine andere Person gefallen ist. Ihre Präsentation wurde von
der Kommission ausdrücklich gewürdigt.

Ihre Bewerbungsunterlagen werden gemäß den datenschutzrechtlichen Bestimmungen sechs
Monate nach Abschluss des Verfahrens vernichtet.

Mit freundlichen Grüßen
Mag. Petra Lindner
Personalabteilung – Allgemeines Personal
Hochschule Sill
Sillgasse 8, 6020 Innsbruck

-----
Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten.
Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und
vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser
E-Mail sind nicht gestattet.""",
        html=outlook_html(mso("""Sehr geehrte Frau Oyelaran-Voss,

wir danken Ihnen für Ihre Teilnahme am Hearing vom 9. März 2026.

Die Auswahlkommission hat ihre Entscheidung getroffen. Wir bedauern, Ihnen mitteilen zu
müssen, dass die Wahl auf eine andere Person gefallen ist. Ihre Präsentation wurde von
der Kommission ausdrücklich gewürdigt.

Ihre Bewerbungsunterlagen werden gemäß den datenschutzrechtlichen Bestimmungen sechs
Monate nach Abschluss des Verfahrens vernichtet.

Mit freundlichen Grüßen
Mag. Petra Lindner
Personalabteilung – Allgemeines Personal
Hochschule Sill
Sillgasse 8, 6020 Innsbruck""") + '\n<p class="MsoNormal" style="font-size:8pt;'
            'color:gray">Diese E-Mail kann vertrauliche und/oder rechtlich geschützte '
            "Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren "
            "Sie bitte sofort den Absender und vernichten Sie diese E-Mail.</p>"),
        charset="windows-1252", html_charset="utf-8", cte="qp",
    ),
    dict(
        kind="rejection", name="donaupalais_nach_versaeumnis", lang="de",
        company="Hotel Donaupalais", contact="lukas.hrdlicka@donaupalais.example.at",
        frm=DONAU,
        subject="AW: Unser Termin heute um 11:00 Uhr",
        date="2026-06-10 10:02 +0200", thread="donaupalais",
        text="""Sehr geehrte Frau Oyelaran-Voss,

da wir nach dem verpassten Termin nichts mehr von Ihnen gehört haben, haben wir den
Prozess inzwischen mit anderen Kandidatinnen und Kandidaten abgeschlossen. Die Stelle
Event Sales & Coordination ist seit gestern vergeben.

Ich wünsche Ihnen für Ihre berufliche Neuorientierung viel Erfolg.

Freundliche Grüße
Lukas Hrdlicka
HR Business Partner, Hotel Donaupalais Wien

""" + outlook_block("Hrdlicka Lukas <lukas.hrdlicka@donaupalais.example.at>",
                    "Mittwoch, 27. Mai 2026 11:26",
                    "Henrietta Oyelaran-Voss <henrietta.ov@example.at>",
                    "Unser Termin heute um 11:00 Uhr", DONAU_MISSED, "de"),
    ),
    dict(
        kind="rejection", name="laubengang_softgarden", lang="de",
        company="Laubengang Kongress", contact="",
        frm=("Laubengang Kongress", "noreply@softgarden.io"),
        subject="Ihre Bewerbung als Eventkoordinator*in beim Laubengang Kongress",
        date="2026-10-20 15:44 +0200", thread="laubengang",
        text="""Sehr geehrte Frau Oyelaran-Voss,

für Ihr Interesse am Laubengang Kongress und das angenehme Video-Interview danken wir
Ihnen herzlich.

In diesem Fall können wir Ihnen jedoch keine positive Rückmeldung geben: Frau
Dr. Oberrauch hat sich für eine Bewerberin aus Südtirol entschieden, die bereits
Kongresse in beiden Landessprachen betreut hat.

Ihre Daten werden nach Ablauf von sechs Monaten automatisch aus unserem System entfernt,
sofern Sie nicht in unseren Talentpool aufgenommen werden möchten.

Mit freundlichen Grüßen
Ihr Recruiting-Team Laubengang Kongress""",
        html=ats_card("Laubengang Kongress", "#1d4e89", paras("""Sehr geehrte Frau Oyelaran-Voss,

für Ihr Interesse am Laubengang Kongress und das angenehme Video-Interview danken wir
Ihnen herzlich.

In diesem Fall können wir Ihnen jedoch keine positive Rückmeldung geben: Frau
Dr. Oberrauch hat sich für eine Bewerberin aus Südtirol entschieden, die bereits
Kongresse in beiden Landessprachen betreut hat.

Ihre Daten werden nach Ablauf von sechs Monaten automatisch aus unserem System entfernt,
sofern Sie nicht in unseren Talentpool aufgenommen werden möchten.

Mit freundlichen Grüßen
Ihr Recruiting-Team Laubengang Kongress"""),
            "Diese Nachricht wurde über softgarden versendet."),
    ),
    dict(
        kind="rejection", name="ringexecutive_mandant_ohne_namen", lang="de",
        company="Kärntner Ring Executive Search", contact="v.lang-sedlacek@ringexecutive.example.at",
        frm=("Mag. Viktoria Lang-Sedlacek", "v.lang-sedlacek@ringexecutive.example.at"),
        frm_enc=("utf-8", "Q"),
        subject="Mandat Eventleitung – Rückmeldung",
        date="2026-08-05 11:48 +0200", thread="ringexecutive",
        text="""Sehr geehrte Frau Oyelaran-Voss,

danke, dass wir das Gespräch Ende Juli doch noch nachholen konnten.

Unser Mandant hat die Shortlist inzwischen gesichtet und wird den Prozess mit zwei
anderen Personen fortführen, die bereits Führungserfahrung in der Veranstaltungsbranche
mitbringen. Für dieses Mandat kann ich Sie daher leider nicht weiter berücksichtigen.

Ich halte Ihr Profil gerne für künftige Suchen in Evidenz.

Mit freundlichen Grüßen

Mag. Viktoria Lang-Sedlacek
Partnerin
Kärntner Ring Executive Search GmbH
Kärntner Ring 12, 1010 Wien""",
        html=outlook_html(mso("""Sehr geehrte Frau Oyelaran-Voss,

danke, dass wir das Gespräch Ende Juli doch noch nachholen konnten.

Unser Mandant hat die Shortlist inzwischen gesichtet und wird den Prozess mit zwei
anderen Personen fortführen, die bereits Führungserfahrung in der Veranstaltungsbranche
mitbringen. Für dieses Mandat kann ich Sie daher leider nicht weiter berücksichtigen.

Ich halte Ihr Profil gerne für künftige Suchen in Evidenz.

Mit freundlichen Grüßen

Mag. Viktoria Lang-Sedlacek
Partnerin
Kärntner Ring Executive Search GmbH
Kärntner Ring 12, 1010 Wien""")),
        cte="qp",
    ),
    # ---------------------------------------------------------------- English (8)
    dict(
        kind="rejection", name="lanternfly_greenhouse", lang="en",
        company="Lanternfly Live", contact="",
        frm=("Lanternfly Live", "no-reply@us.greenhouse-mail.io"),
        subject="Your application to Lanternfly Live",
        date="2026-05-05 18:20 +0100", thread="lanternfly",
        text="""Hi Henrietta,

Thank you for taking the time to interview for the Event Coordinator (Live Experiences)
role and for your interest in Lanternfly Live.

We've now completed our interviews and won't be moving forward with your application
at this time. We know this isn't the news you were hoping for.

We'll keep your details on file and may reach out if a suitable role opens up.

Best wishes,
The Lanternfly Live Talent Team""",
        html=ats_card("Lanternfly Live", "#1f2a44", paras("""Hi Henrietta,

Thank you for taking the time to interview for the Event Coordinator (Live Experiences)
role and for your interest in Lanternfly Live.

We've now completed our interviews and won't be moving forward with your application
at this time. We know this isn't the news you were hoping for.

We'll keep your details on file and may reach out if a suitable role opens up.

Best wishes,
The Lanternfly Live Talent Team"""), "Powered by Greenhouse", lang="en"),
    ),
    dict(
        kind="rejection", name="marlowe_role_on_hold", lang="en",
        company="Marlowe & Finch Events", contact="jo.pryce@marloweandfinch.example.co.uk",
        frm=("Jo Pryce", "no-reply@hire.lever.co"),
        reply_to=("Jo Pryce", "jo.pryce@marloweandfinch.example.co.uk"),
        subject="Update on the Event Coordinator role",
        date="2026-07-01 12:40 +0100", thread="marlowe",
        text="""Hi Henrietta,

I wanted to let you know personally rather than leave you wondering. After we spoke, the
partners decided to restructure the events team, and the Event Coordinator role has been
put on hold for the foreseeable future. We're closing all open applications for it and
won't be taking things further.

I'm genuinely sorry - I enjoyed our call and your stories about 5am flower markets.

All the best,
Jo Pryce
Talent & People, Marlowe & Finch Events

Sent via Lever""",
    ),
    dict(
        kind="rejection", name="riverside_after_assessment", lang="en",
        company="Riverside Congress Hall",
        contact="tom.ashdown-reyes@riversidecongress.example.co.uk",
        frm=("Tom Ashdown-Reyes", "tom.ashdown-reyes@riversidecongress.example.co.uk"),
        subject="RE: Thank you - assessment day",
        date="2026-09-04 15:08 +0100", thread="riverside",
        text="""Dear Henrietta,

Thank you for your kind note, and for your patience while the panel deliberated.

I'm sorry to say that we have offered the Congress Coordinator post to another candidate,
whose experience of running large medical congresses tipped the balance in the end. Adaeze
asked me to pass on that your group exercise was one of the strongest of the day.

We would be glad to hear from you again for future roles.

Kind regards,
Tom Ashdown-Reyes
Recruitment Coordinator
Riverside Congress Hall
+44 20 7946 0190

""" + quote(RIVERSIDE_THANKS, "On Thu, 27 Aug 2026 at 08:15, Henrietta Oyelaran-Voss "
            "<henrietta.ov@example.at> wrote:"),
        html=simple_html(paras("""Dear Henrietta,

Thank you for your kind note, and for your patience while the panel deliberated.

I'm sorry to say that we have offered the Congress Coordinator post to another candidate,
whose experience of running large medical congresses tipped the balance in the end. Adaeze
asked me to pass on that your group exercise was one of the strongest of the day.

We would be glad to hear from you again for future roles.

Kind regards,
Tom Ashdown-Reyes
Recruitment Coordinator
Riverside Congress Hall
+44 20 7946 0190""") + "\n<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">"
            + paras(RIVERSIDE_THANKS) + "</blockquote>", lang="en"),
    ),
    dict(
        kind="rejection", name="parkside_client_hollowmead_no", lang="en",
        company="Hollowmead Festival", contact="dan.whitcombe@parksidetalent.example.co.uk",
        frm=PARKSIDE,
        subject="Hollowmead feedback",
        date="2026-03-16 09:55 +0000", thread="parkside",
        text="""Hi Henrietta,

Hollowmead came back to me this morning and it's a no, I'm afraid. Grace said they loved
your creativity and the way you talked about working with volunteers, but they've gone
with someone who has already run a greenfield site from build to de-rig.

I know it stings after two rounds. Let's have a call this week - I have a couple of
venue-side roles coming in that I think suit you better.

Dan Whitcombe
Parkside Talent""",
    ),
    dict(
        kind="rejection", name="brightwater_process_closed", lang="en",
        company="Brightwater Events", contact="priya.ramcharan@brightwater.example.co.uk",
        frm=BRIGHTWATER,
        subject="Re: Today's panel interview",
        date="2026-03-26 16:30 +0000", thread="brightwater",
        text="""Hi Henrietta,

Thanks for explaining what happened with the train strike on the 17th - that sounds like a
horrible day.

Unfortunately the panel had to make a decision this week, and as we couldn't connect on
the day they've concluded the process with the candidates they did see. I'm not able to
offer a new slot for this role.

I'd still be happy to hear from you for future positions.

Priya

""" + quote("""Hi Henrietta,

We had you booked in for your panel interview with Brightwater at 14:00 today.""",
            "On 17 Mar 2026, at 14:32, Priya Ramcharan "
            "<priya.ramcharan@brightwater.example.co.uk> wrote:"),
    ),
    dict(
        kind="rejection", name="tessellate_straight_with_you", lang="en",
        company="Tessellate Experiences", contact="maya@tessellate.example.co.uk",
        frm=TESS,
        subject="re: our chat",
        date="2026-09-30 19:02 +0100", thread="tessellate",
        text="""hey Henrietta,

gonna be straight with you - we've decided not to go ahead with you for this one. Honestly
it's mostly timing: we need someone in London from next week and your move is a couple of
months out.

really enjoyed talking flowers and load-ins with you once we finally got the call working.
keep in touch?

Maya x""",
    ),
    dict(
        kind="rejection", name="kingsmere_filled_internally", lang="en",
        company="Kingsmere University", contact="g.llewellyn-price@kingsmere.example.ac.uk",
        frm=("Gareth Llewellyn-Price", "g.llewellyn-price@kingsmere.example.ac.uk"),
        subject="Events Officer (KU-EV-2231)",
        date="2026-07-20 11:25 +0100", thread="kingsmere",
        text="""Dear Ms Oyelaran-Voss,

I am writing regarding your application for the post of Events Officer (KU-EV-2231).

The post has now been filled by an internal candidate through the University's
redeployment scheme, which takes priority under our recruitment policy. The external
process has therefore been closed and we will not be taking applications further.

Thank you for your interest in working at Kingsmere.

Yours sincerely,

Gareth Llewellyn-Price
HR Adviser (Recruitment)
Kingsmere University, Registry Building, Example Lane, Kingsmere KM1 4AB
Tel: +44 1632 960 482

--
This email and any files transmitted with it are confidential and intended solely for the
use of the individual to whom they are addressed. If you have received this email in
error please notify the sender. Kingsmere University does not accept liability for any
statements made which are clearly the sender's own.""",
        cte="qp",
    ),
    dict(
        kind="rejection", name="fenwick_icims_html", lang="en",
        company="The Fenwick Hotel", contact="",
        frm=("The Fenwick Hotel Careers", "fenwickhotel-careers@icims.com"),
        subject="Regarding your application for Guest Experience & Events Lead",
        date="2026-07-29 09:10 +0100", thread="fenwick",
        html=ats_card("The Fenwick Hotel", "#0b3d2e", paras("""Dear Henrietta,

Thank you for applying for Guest Experience & Events Lead (Req 26-0412).

After careful consideration, we regret to inform you that you have not been selected for
this position. The volume of strong applications was exceptionally high.

We encourage you to visit our careers site for future opportunities.

Sincerely,
Talent Acquisition
The Fenwick Hotel"""), "This is an automated message; please do not reply.", lang="en"),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    # ---------------------------------------------------------------- French (4)
    dict(
        kind="rejection", name="lumiere_apres_annulation", lang="fr",
        company="Lumière Congrès", contact="claire.vasseur@lumiere-congres.example.fr",
        frm=LUMIERE,
        subject="RE: Annulé : Entretien – H. Oyelaran-Voss (mer. 4 févr. 10:00)",
        date="2026-02-17 16:44 +0100", thread="lumiere",
        text="""Bonjour Madame Oyelaran-Voss,

Comme promis, je reviens vers vous. À l'issue du comité de direction, Lumière Congrès a
choisi de réorganiser le pôle congrès : le poste de chargée de projets ne sera finalement
pas ouvert cette année et nous clôturons ce recrutement.

Je regrette sincèrement de ne pas avoir pu vous rencontrer. Je me permets de conserver
votre CV si un poste similaire devait s'ouvrir à l'automne.

Bien cordialement,
Claire Vasseur-Morin
Responsable ressources humaines – Lumière Congrès

""" + quote(LUMIERE_CANCEL, "Le lun. 2 févr. 2026 à 18:03, Claire Vasseur-Morin "
            "<claire.vasseur@lumiere-congres.example.fr> a écrit :"),
        cte="qp",
    ),
    dict(
        kind="rejection", name="canuts_smartrecruiters", lang="fr",
        company="Hôtel des Canuts", contact="",
        frm=("Hôtel des Canuts", "noreply@smartrecruiters.com"),
        frm_enc=("iso-8859-1", "Q"),
        subject="Votre candidature - Coordinatrice séminaires & banquets",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-05-25 10:00 +0200", thread="canuts",
        text="""Bonjour Henrietta,

Nous vous remercions pour l'intérêt que vous portez à l'Hôtel des Canuts.

Nous avons le regret de vous informer que votre candidature au poste de Coordinatrice
séminaires & banquets n'a pas été retenue. Cette décision ne remet pas en cause vos
qualités.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Talents - Hôtel des Canuts

Propulsé par SmartRecruiters""",
        charset="iso-8859-1", cte="qp",
    ),
    dict(
        kind="rejection", name="saone_client_anonyme", lang="fr",
        company="Saône Recrutement", contact="a.despinoy@saone-recrutement.example.fr",
        frm=("Aurélie Despinoy", "a.despinoy@saone-recrutement.example.fr"),
        subject="Retour sur la mission hôtellerie",
        date="2026-02-20 18:06 +0100", thread="saone",
        text="""Bonjour Henrietta,

Je reviens vers vous au sujet de la mission de coordinatrice banquets dont nous avions
parlé la semaine dernière. Mon client m'a fait savoir qu'il ne souhaitait pas poursuivre
avec votre profil, qu'il juge encore un peu éloigné de l'hôtellerie haut de gamme.

Je ne lâche pas l'affaire pour autant : votre double compétence fleuriste / organisation
intéressera d'autres clients, notamment dans les domaines de réception.

À très vite,
Aurélie Despinoy
Consultante senior – Saône Recrutement""",
        charset="windows-1252", cte="qp",
    ),
    dict(
        kind="rejection", name="rhone_poste_gele", lang="fr",
        company="Agence Rhône Événements", contact="julien.marchetti@rhone-evenements.example.fr",
        frm=RHONE,
        subject="Re: Toutes mes excuses pour ce matin",
        date="2026-03-30 09:37 +0200", thread="rhone",
        text="""Bonjour Madame Oyelaran-Voss,

Merci encore pour notre échange de la semaine dernière, finalement réussi !

Je dois malheureusement vous annoncer que le poste de chargée de projets est gelé jusqu'à
nouvel ordre : nous venons de perdre l'appel d'offres d'un gros salon professionnel, et la
direction ne donnera pas suite aux candidatures en cours.

Je garde votre contact précieusement.

Bien à vous,
Julien Marchetti
Agence Rhône Événements

""" + quote(RHONE_EXCUSES + "\n\n" + quote(
            RHONE_MISSED, "Le jeu. 12 mars 2026 à 10:41, Julien Marchetti "
            "<julien.marchetti@rhone-evenements.example.fr> a écrit :"),
            "Le jeu. 12 mars 2026 à 12:20, Henrietta Oyelaran-Voss "
            "<henrietta.ov@example.at> a écrit :"),
        cte="8bit",
    ),
    # ---------------------------------------------------------------- Spanish (4)
    dict(
        kind="rejection", name="albufera_workable", lang="es",
        company="Hotel Albufera Mar", contact="",
        frm=("Hotel Albufera Mar", "noreply@workablemail.com"),
        subject="Actualización sobre tu candidatura – Coordinador/a de bodas y eventos",
        date="2026-03-12 12:00 +0100", thread="albufera",
        text="""Hola Henrietta,

Gracias por el tiempo que has dedicado a tu candidatura para Hotel Albufera Mar.

Lamentablemente, en esta ocasión no vamos a continuar con tu candidatura. Hemos recibido
muchas solicitudes y hemos tenido que tomar decisiones difíciles.

Te deseamos mucha suerte en tu búsqueda.

Saludos,
Recursos Humanos · Hotel Albufera Mar

Enviado con Workable""",
        html=ats_card("Hotel Albufera Mar", "#0277bd", paras("""Hola Henrietta,

Gracias por el tiempo que has dedicado a tu candidatura para Hotel Albufera Mar.

Lamentablemente, en esta ocasión no vamos a continuar con tu candidatura. Hemos recibido
muchas solicitudes y hemos tenido que tomar decisiones difíciles.

Te deseamos mucha suerte en tu búsqueda.

Saludos,
Recursos Humanos · Hotel Albufera Mar"""), "Enviado con Workable", lang="es"),
        cte="base64",
    ),
    dict(
        kind="rejection", name="ruzafa_tras_entrevista", lang="es",
        company="Centro de Congresos Ruzafa", contact="alvaro.gil@congresosruzafa.example.es",
        frm=RUZAFA, frm_enc=("iso-8859-1", "B"),
        subject="RE: Gracias por la entrevista",
        date="2026-09-28 17:20 +0200", thread="ruzafa",
        text="""Estimada Henrietta:

Le agradezco su amable correo tras la entrevista del día 16.

Tras mucho deliberar, el panel se ha decidido por otra candidata con más trayectoria en
congresos médicos, que es el grueso de nuestra actividad en otoño. Sentimos no poder darle
una respuesta afirmativa esta vez.

Su propuesta sobre la señalética floral nos pareció muy original; no dude en volver a
presentarse en futuras convocatorias.

Atentamente,
Álvaro Gil Montesinos
Recursos Humanos · Centro de Congresos Ruzafa

""" + quote("""Estimado Álvaro:

Muchas gracias por la entrevista de ayer y por la visita a la sala Albufera. Me quedé con
ganas de contarles más sobre la señalética floral que propuse; si les sirve, les envío un
pequeño boceto.

Un saludo cordial,
Henrietta Oyelaran-Voss""", "El jue, 17 sept 2026 a las 09:12, Henrietta Oyelaran-Voss "
                                 "<henrietta.ov@example.at> escribió:"),
        charset="iso-8859-1", cte="qp",
    ),
    dict(
        kind="rejection", name="levante_cliente_no_sigue", lang="es",
        company="Festival Malvarrosa Sonora", contact="nuria.ferrer@levantetalento.example.es",
        frm=LEVANTE,
        subject="RE: ¿Qué ha pasado con la entrevista de hoy?",
        date="2026-05-20 11:48 +0200", thread="levante",
        text="""Hola Henrietta:

Ya he vuelto y he hablado con el festival. Me han confirmado que no seguirán adelante
contigo: después de lo del martes prefirieron cerrar el proceso con otra de las finalistas
y no abrir una nueva ronda. Les expliqué lo del corte de luz, pero tenían el cartel a
punto de cerrarse y mucha prisa.

Lo siento de verdad. Sigo contando contigo para los procesos de otoño.

Un abrazo,
Nuria

""" + quote("""Nuria, lo siento muchísimo: hubo un corte de luz en todo mi barrio desde las
doce y no tenía ni internet ni batería en el móvil. ¿Crees que el festival aceptaría
repetir la entrevista?

Henrietta

""" + quote(LEVANTE_MISSED, "El mar, 5 may 2026 a las 12:58, Nuria Ferrer Climent "
            "<nuria.ferrer@levantetalento.example.es> escribió:"),
            "El mar, 5 may 2026 a las 13:04, Henrietta Oyelaran-Voss "
            "<henrietta.ov@example.at> escribió:"),
        cte="qp",
    ),
    dict(
        kind="rejection", name="nacar_otra_persona", lang="es",
        company="Estudio Nácar Eventos", contact="lucia.beltran@estudionacar.example.es",
        frm=("Lucía Beltrán", "lucia.beltran@estudionacar.example.es"),
        frm_enc=("utf-8", "Q"),
        subject="Re: Solicitud: coordinadora de eventos",
        date="2026-09-15 10:34 +0200", thread="nacar",
        text="""Hola Henrietta:

Muchas gracias por escribirnos y por el currículum, que nos ha encantado.

Te cuento con sinceridad: hemos cerrado el puesto con una persona que ya colaboraba con
nosotras como freelance desde hace dos temporadas, así que no podemos avanzar con tu
candidatura. Nos daba pena decírtelo por correo, pero preferimos no dejarte esperando.

Si te instalas en Valencia, avísanos: siempre necesitamos buenas floristas para bodas.

Un abrazo,
Lucía Beltrán
Estudio Nácar Eventos
Carrer de Cadis 14, 46006 València
Tel. 960 00 55 12""",
        cte="8bit",
    ),
]
