"""rejection: every kind of "no", from blunt ATS mail to relayed client decisions."""

from __future__ import annotations

from msgs339_common import (
    DISCLAIMER_DE,
    DISCLAIMER_EN,
    DISCLAIMER_ES,
    html_shell,
    paras,
    sig,
    spec,
)

R = "rejection"

SPECS = [
    # ---------------------------------------------------------------- German (16)
    spec(
        "alpenglanz_successfactors_absage", R, "de",
        ("Alpenglanz Hotels Karriere", "alpenglanz-hotels@successfactors.eu"),
        "Ihre Bewerbung als Event Sales Coordinator (m/w/d)",
        "2026-02-06 10:15 +0100",
        None,
        html=html_shell("Alpenglanz Hotels – Karriere", paras("""
        Guten Tag Franziska Oberhuber-Lindgren,

        vielen Dank für Ihr Interesse an der Position Event Sales Coordinator (m/w/d)
        im Alpenglanz Hotel Innsbruck und die Zeit, die Sie in Ihre Bewerbung
        investiert haben.

        Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Sie
        nicht in die engere Auswahl einbeziehen konnten.

        Gerne speichern wir Ihr Profil in unserem Talent-Pool, sofern Sie dem
        zustimmen. Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

        Mit freundlichen Grüßen
        Talent Acquisition | Alpenglanz Hotels
        """), footer="Dies ist eine automatisch generierte E-Mail."),
        company="Alpenglanz Hotels", parent="alpenglanz_successfactors_eingang",
        html_charset="utf-8", html_cte="quoted-printable",
    ),
    spec(
        "alpenglanz_wien_absage_nachfrage", R, "de",
        ("Petra Wallner", "petra.wallner@alpenglanz-hotels.example.at"),
        "AW: Nachfrage Bewerbung Bankettassistenz Alpenglanz Wien",
        "2026-04-09 15:47 +0200",
        f"""
        Liebe Frau Oberhuber-Lindgren,

        danke für Ihre Nachfrage und entschuldigen Sie bitte, dass Sie so
        lange auf eine Antwort warten mussten.

        Wir haben uns inzwischen für eine Kandidatin entschieden, die bereits
        Erfahrung in einer Bankettabteilung mitbringt. Ihre Bewerbung können
        wir daher leider nicht weiter berücksichtigen. Das hat nichts mit
        Ihrer Motivation zu tun, die aus Ihrem Schreiben deutlich
        herauszulesen war.

        Ich wünsche Ihnen viel Erfolg bei Ihrem Wechsel in den
        Veranstaltungsbereich!

        Herzliche Grüße
        Petra Wallner

        {sig("Petra Wallner", "HR Business Partner Ost", "Alpenglanz Hotels GmbH",
             "Schubertring 9, 1010 Wien", "+43 1 512 44 90-31")}

        {DISCLAIMER_DE}
        """,
        company="Alpenglanz Hotels", contact="petra.wallner@alpenglanz-hotels.example.at",
        parent="own_de_nachfrage_alpenglanz", quote="de", charset="windows-1252",
        cte="quoted-printable",
    ),
    spec(
        "donau_convention_absage", R, "de",
        ("Donau Convention Bureau via BambooHR", "notifications@bamboohr.com"),
        "Ihre Bewerbung: Junior Convention Manager:in",
        "2026-03-10 09:02 +0100",
        """
        Liebe Frau Oberhuber-Lindgren,

        vielen Dank für Ihr Interesse und die Gespräche der letzten Wochen.

        Wir haben uns nach reiflicher Überlegung entschieden, den Prozess mit
        Kandidat:innen fortzusetzen, deren Erfahrung im Kongressvertrieb
        unseren aktuellen Anforderungen noch genauer entspricht.

        Wir bedanken uns für Ihre Zeit und wünschen Ihnen alles Gute.

        Herzliche Grüße
        Hannah Seidl
        Donau Convention Bureau
        """,
        company="Donau Convention Bureau", contact="hannah.seidl@donau-convention.example.at",
        reply_to=[("Hannah Seidl", "hannah.seidl@donau-convention.example.at")],
        charset="utf-8", cte="quoted-printable",
    ),
    spec(
        "wienerberg_intern_besetzt", R, "de",
        ("Kongress & Messe Wienerberg", "careers-noreply@icims.com"),
        "Ihre Bewerbung – Projektkoordination Messen (Job-ID 4471)",
        "2026-05-05 11:30 +0200",
        """
        Sehr geehrte Frau Oberhuber-Lindgren,

        herzlichen Dank für Ihre Teilnahme an unserem Assessment-Center und
        Ihr Interesse an Kongress & Messe Wienerberg.

        Wir möchten Sie darüber informieren, dass die Position Projektkoordination
        Messen zwischenzeitlich intern besetzt werden konnte. Das
        Auswahlverfahren ist damit abgeschlossen.

        Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und
        wünschen Ihnen für Ihre weitere Laufbahn viel Erfolg.

        Mit freundlichen Grüßen
        Human Resources
        Kongress & Messe Wienerberg
        """,
        company="Kongress & Messe Wienerberg", parent="wienerberg_icims_verschoben",
        charset="utf-8", cte="base64",
    ),
    spec(
        "eventwerk_stelle_on_hold", R, "de",
        ("Ramona Stadler", "ramona.stadler@eventwerk-muenchen.example.de"),
        "Update zu deiner Bewerbung bei Eventwerk",
        "2026-06-17 18:02 +0200",
        """
        Hi Franziska,

        danke dir für deine Rückmeldung letzte Woche und sorry nochmal für das
        Hin und Her mit den Terminen.

        Ich muss dir leider mitteilen, dass wir die Stelle als Event
        Operations Manager vorerst auf Eis legen. Zwei große Kundenprojekte für
        den Herbst wurden verschoben, und wir werden die Position in diesem
        Jahr nicht mehr besetzen. Deshalb führen wir den Bewerbungsprozess mit
        dir nicht weiter.

        Sollte sich 2027 etwas Neues ergeben, würde ich mich freuen, wenn du
        dich wieder bewirbst.

        Alles Gute
        Ramona
        """,
        company="Eventwerk München", contact="ramona.stadler@eventwerk-muenchen.example.de",
        charset="utf-8", cte="8bit",
    ),
    spec(
        "gastrotalent_residenz_absage", R, "de",
        ("Jonas Feichtinger", "j.feichtinger@gastrotalent.example.de"),
        "Rückmeldung Hotel Residenz Schwabing",
        "2026-06-19 10:20 +0200",
        """
        Hallo Frau Oberhuber-Lindgren,

        ich habe heute Feedback vom Hotel Residenz Schwabing bekommen. Frau
        Kessler fand das Gespräch sehr sympathisch, hat sich aber für eine
        Kandidatin entschieden, die schon länger im Bankettverkauf in München
        tätig ist.

        Es tut mir leid, dass es diesmal nicht geklappt hat. Ich habe Sie
        weiterhin auf dem Schirm und melde mich, sobald ich etwas Passendes
        habe.

        Schöne Grüße
        Jonas Feichtinger
        Senior Consultant Hospitality
        Gastro Talent Partners
        """,
        company="Hotel Residenz Schwabing", contact="j.feichtinger@gastrotalent.example.de",
        charset="iso-8859-1", cte="quoted-printable",
    ),
    spec(
        "gastrotalent_kunde_ohne_namen_absage", R, "de",
        ("Jonas Feichtinger", "j.feichtinger@gastrotalent.example.de"),
        "Kongresshotel Wien – leider keine Zusage",
        "2026-07-14 09:12 +0200",
        """
        Hallo Frau Oberhuber-Lindgren,

        danke, dass Sie meinem Kunden (das Kongresshotel in Wien) noch Ihre
        Unterlagen nachgereicht haben. Leider hat der Kunde mir heute
        mitgeteilt, dass er Ihr Profil nicht weiterverfolgen möchte – man
        sucht doch jemanden mit mindestens drei Jahren Erfahrung als
        Event-Managerin.

        Ich melde mich, sobald ich etwas für Sie habe.

        Schöne Grüße
        Jonas Feichtinger
        Gastro Talent Partners
        """,
        company="Gastro Talent Partners", contact="j.feichtinger@gastrotalent.example.de",
        charset="utf-8", cte="quoted-printable",
    ),
    spec(
        "flexwerk_moenchsberg_absage", R, "de",
        ("Sandra Pichler | Flexwerk", "sandra.pichler@flexwerk.example.at"),
        "Rückmeldung Tagungszentrum Mönchsberg",
        "2026-06-29 16:10 +0200",
        """
        Hallo Frau Oberhuber-Lindgren,

        ich habe Ihr Profil wie besprochen an das Tagungszentrum Mönchsberg
        weitergegeben. Leider hat sich der Kunde gegen einen Einsatz
        entschieden: Sie brauchen für die Sommersaison jemanden mit
        Staplerschein für den Aufbau, das können wir leider nicht abdecken.

        Sie bleiben natürlich in unserem Pool, ich melde mich bei der nächsten
        Gelegenheit.

        Liebe Grüße
        Sandra Pichler
        Flexwerk Personalleasing
        """,
        company="Tagungszentrum Mönchsberg", contact="sandra.pichler@flexwerk.example.at",
        charset="windows-1252", cte="8bit", subj_enc=("windows-1252", "Q"),
    ),
    spec(
        "sommerklang_absage_nach_gespraech", R, "de",
        ("Verena Gschwentner", "verena.gschwentner@sommerklang.example.at"),
        "Produktionsassistenz 2026",
        "2026-03-16 19:20 +0100",
        """
        Liebe Franziska,

        danke dir nochmal, dass du letzte Woche zu uns ins Büro gekommen bist
        – es war wirklich ein nettes Gespräch.

        Wir haben uns jetzt für jemanden entschieden, der schon zwei Saisonen
        bei einem anderen Festival in der Produktion gearbeitet hat. Das war
        am Ende ausschlaggebend. Es tut mir leid, dir keine bessere Nachricht
        schicken zu können.

        Komm doch im Sommer mal als Gast vorbei, wir würden uns freuen!

        Liebe Grüße
        Verena
        """,
        company="Sommerklang Festival", contact="verena.gschwentner@sommerklang.example.at",
        charset="windows-1252", cte="quoted-printable",
    ),
    spec(
        "inntal_nordkette_verfahren_ausgesetzt", R, "de",
        ("Mag. Andreas Hörtnagl", "a.hoertnagl@inntal-nordkette.example.at"),
        "Bewerbungsverfahren Kongress- & Tagungsservice ausgesetzt",
        "2026-04-14 12:03 +0200",
        """
        Sehr geehrte Frau Oberhuber-Lindgren,

        ich danke Ihnen für das Gespräch im März und Ihre Geduld.

        Aufgrund einer geplanten Zusammenlegung mit dem Nachbarverband hat
        unser Vorstand beschlossen, die Stelle im Kongress- und
        Tagungsservice vorerst nicht zu besetzen. Das Bewerbungsverfahren wird
        daher ausgesetzt und nicht weitergeführt.

        Ihre Unterlagen werden gemäß unserer Datenschutzerklärung nach sechs
        Monaten gelöscht.

        Mit freundlichen Grüßen
        Andreas Hörtnagl
        Tourismusverband Inntal-Nordkette
        """,
        company="Tourismusverband Inntal-Nordkette",
        contact="a.hoertnagl@inntal-nordkette.example.at",
        charset="iso-8859-1", cte="quoted-printable", name_enc=("iso-8859-1", "Q"),
    ),
    spec(
        "leopoldsau_absage_hearing", R, "de",
        ("Dr. Birgit Leitgeb", "birgit.leitgeb@uni-leopoldsau.example.at"),
        "Stellenausschreibung 2026/118 – Ergebnis",
        "2026-09-15 10:44 +0200",
        f"""
        Sehr geehrte Frau Oberhuber-Lindgren,

        vielen Dank für Ihre Teilnahme am Hearing am 1. September und Ihre
        engagierte Präsentation.

        Die Auswahlkommission hat sich nach eingehender Beratung für eine
        andere Bewerberin entschieden. Wir bedauern, Ihnen keine Zusage geben
        zu können, und danken Ihnen für das Interesse an unserer Universität.

        Mit freundlichen Grüßen
        Birgit Leitgeb

        {sig("Dr. Birgit Leitgeb", "Leiterin Konferenzbüro", "Universität Leopoldsau",
             "Universitätsring 5, 1010 Wien", "+43 1 4277 180 20")}
        """,
        company="Universität Leopoldsau", contact="birgit.leitgeb@uni-leopoldsau.example.at",
        charset="utf-8", cte="quoted-printable",
    ),
    spec(
        "ostpark_absage_probearbeit", R, "de",
        ("Melanie Huber", "m.huber@congresshotel-ostpark.example.de"),
        "Rückmeldung nach dem Probearbeiten",
        "2026-09-18 13:30 +0200",
        """
        Hallo Frau Oberhuber-Lindgren,

        danke, dass Sie sich die Zeit für das Probearbeiten genommen haben.
        Das Team hat Sie als freundlich und aufmerksam erlebt.

        Trotzdem haben wir uns letztlich anders entschieden: Wir brauchen im
        Veranstaltungsbüro jemanden, der sofort eigenständig Bankettaufträge
        im System anlegen kann. Deshalb können wir Ihnen die Stelle leider
        nicht anbieten.

        Ich wünsche Ihnen alles Gute!
        Melanie Huber
        München Congress Hotel am Ostpark
        """,
        company="München Congress Hotel am Ostpark",
        contact="m.huber@congresshotel-ostpark.example.de",
        parent="ostpark_probearbeiten", charset="utf-8", cte="8bit",
    ),
    spec(
        "olympiapark_absage", R, "de",
        ("Christian Eberl", "c.eberl@olympiapark-eventhallen.example.de"),
        "Ihre Bewerbung als Veranstaltungsmanagerin",
        "2026-09-29 08:50 +0200",
        """
        Sehr geehrte Frau Oberhuber-Lindgren,

        vielen Dank für das Gespräch am 15. September.

        Nach Abschluss aller Gespräche müssen wir Ihnen leider mitteilen, dass
        wir uns für eine andere Bewerberin entschieden haben, deren
        Qualifikation unserem Anforderungsprofil näherkommt.

        Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

        Mit freundlichen Grüßen
        Christian Eberl
        Personalabteilung
        Olympiapark Eventhallen München GmbH
        """,
        company="Olympiapark Eventhallen München",
        contact="c.eberl@olympiapark-eventhallen.example.de",
        html=html_shell("Olympiapark Eventhallen München", paras("""
        Sehr geehrte Frau Oberhuber-Lindgren,

        vielen Dank für das Gespräch am 15. September.

        Nach Abschluss aller Gespräche müssen wir Ihnen leider mitteilen, dass wir uns
        für eine andere Bewerberin entschieden haben, deren Qualifikation unserem
        Anforderungsprofil näherkommt.

        Mit freundlichen Grüßen
        Christian Eberl
        """), accent="#2b6cb0"),
        charset="iso-8859-1", cte="quoted-printable",
    ),
    spec(
        "kaiserhof_stelle_gestrichen", R, "de",
        ("Gerlinde Auer", "gerlinde.auer@kaiserhof-salzburg.example.at"),
        "Ihre Bewerbung Bankettkoordination",
        "2026-02-27 14:05 +0100",
        """
        Sehr geehrte Frau Oberhuber-Lindgren,

        ich muss Ihnen leider mitteilen, dass die ausgeschriebene Stelle in der
        Bankettkoordination im Zuge einer Umstrukturierung gestrichen wurde.
        Wir werden das Auswahlverfahren daher nicht fortsetzen.

        Da Sie bei uns im Haus keine Unbekannte sind (Ihre Kollegin an der
        Rezeption im Hotel am Mirabellplatz hat Sie sehr gelobt), würde ich
        mich freuen, wenn wir bei einer neuen Ausschreibung wieder von Ihnen
        hören.

        Mit freundlichen Grüßen
        Gerlinde Auer
        Personalleitung
        Hotel Kaiserhof Salzburg
        """,
        company="Hotel Kaiserhof Salzburg", contact="gerlinde.auer@kaiserhof-salzburg.example.at",
        charset="utf-8", cte="quoted-printable",
    ),
    spec(
        "salzburg_convention_ausschreibung_zurueck", R, "de",
        ("Stefan Gruber", "stefan.gruber@salzburg-convention.example.at"),
        "Re: Bewerbung Projektassistenz Kongressakquise",
        "2026-05-21 09:37 +0200",
        """
        Liebe Frau Oberhuber-Lindgren,

        vielen Dank für Ihre Bewerbung vom 11. Mai.

        Leider haben wir die Ausschreibung zurückziehen müssen, da die
        Finanzierung der Stelle durch das Land für 2026 nicht bestätigt wurde.
        Das Verfahren wird nicht fortgeführt; eine Neuausschreibung ist
        derzeit nicht geplant.

        Wir bedauern das sehr und wünschen Ihnen viel Erfolg.

        Mit besten Grüßen
        Stefan Gruber
        Geschäftsführung
        Salzburg Convention Partner
        Mozartplatz 5, 5020 Salzburg
        """,
        company="Salzburg Convention Partner",
        contact="stefan.gruber@salzburg-convention.example.at",
        parent="own_de_bewerbung_salzburg_convention", quote="de2",
        charset="utf-8", cte="8bit",
    ),
    spec(
        "bergmann_vogt_mandant_absage", R, "de",
        ("Dr. Henrike Vogt", "h.vogt@bergmann-vogt.example.de"),
        "Innsbrucker Messe- und Kongresspark – Entscheidung",
        "2026-10-06 17:15 +0200",
        """
        Liebe Frau Oberhuber-Lindgren,

        wie telefonisch angekündigt, die schriftliche Rückmeldung: Der
        Innsbrucker Messe- und Kongresspark hat sich nach den beiden
        Gesprächsrunden für eine Kandidatin mit mehrjähriger Erfahrung in der
        Messeorganisation entschieden.

        Die Geschäftsführung bat mich ausdrücklich, Ihnen für Ihre sehr gute
        Vorbereitung zu danken. Ich bedauere, dass es nicht geklappt hat, und
        halte Sie gern für künftige Mandate im Blick.

        Herzliche Grüße
        Henrike Vogt
        Partnerin
        Bergmann & Vogt Executive Search
        Maximilianstraße 34, 80539 München
        """,
        company="Innsbrucker Messe- und Kongresspark", contact="h.vogt@bergmann-vogt.example.de",
        charset="utf-8", cte="quoted-printable",
    ),
    # ---------------------------------------------------------------- English (5)
    spec(
        "lothianhill_after_interview", R, "en",
        ("Fiona MacLeish", "f.macleish@lothianhill.example.uk"),
        "RE: Thank you - Conference and Events Coordinator interview",
        "2026-03-24 16:02 +0000",
        f"""
        Dear Franziska,

        Thank you for your kind note, and again for taking the time to
        interview with us.

        I'm sorry to say that on this occasion we will not be offering you the
        post. The panel felt you interviewed well, but we have appointed a
        candidate with more direct experience of academic conference
        registration systems.

        I would encourage you to keep an eye on our vacancies over the summer.

        With best wishes,
        Fiona

        {sig("Fiona MacLeish", "Conference Office Manager",
             "Lothian Hill University Conference Office",
             "Pollock Lane, Edinburgh EH16 5XR", "+44 131 496 0728")}

        {DISCLAIMER_EN}
        """,
        company="Lothian Hill University", contact="f.macleish@lothianhill.example.uk",
        parent="own_en_thanks_lothianhill", quote="en", charset="utf-8",
        cte="quoted-printable",
    ),
    spec(
        "leithsound_moving_forward", R, "en",
        ("Leith Sound Festival", "no-reply@hire.lever.co"),
        "Your application to Leith Sound Festival",
        "2026-04-27 10:10 +0100",
        None,
        html=html_shell("Leith Sound Festival", paras("""
        Hi Franziska,

        Thank you for your interest in the Artist Liaison & Hospitality Coordinator
        role and for the time you spent with us.

        After careful consideration, we've decided to move forward with candidates whose
        experience more closely matches what we need for this season.

        We wish you the very best and hope to see you in the crowd in August.

        The Leith Sound crew
        """), footer="Sent via Lever", accent="#e0457b"),
        company="Leith Sound Festival", html_charset="utf-8", html_cte="base64",
    ),
    spec(
        "thistle_calton_no", R, "en",
        ("Callum Reid", "callum.reid@thistle-hr.example.uk"),
        "Calton Grand Hotel - feedback",
        "2026-08-27 14:40 +0100",
        """
        Hi Franziska,

        Siobhan from the Calton Grand came back to me this afternoon. She
        enjoyed meeting you, but they've decided to go with someone who's
        already based in Edinburgh and can start immediately.

        Sorry it's not better news. I'll keep you in mind for anything else
        that comes up in the city.

        Cheers,
        Callum
        """,
        company="Calton Grand Hotel", contact="callum.reid@thistle-hr.example.uk",
        charset="us-ascii", cte="7bit",
    ),
    spec(
        "thistle_unnamed_client_no", R, "en",
        ("Callum Reid", "callum.reid@thistle-hr.example.uk"),
        "Re: Events Coordinator opportunity",
        "2026-07-29 09:18 +0100",
        """
        Hi Franziska,

        Quick update on the events coordinator role with my client (the
        boutique venue group I mentioned). Unfortunately they won't be taking
        your application forward, as they need someone with a UK personal
        licence for the bar side of the events.

        I know that's frustrating. Let's catch up next week about other
        options.

        Callum
        Thistle Hospitality Recruitment
        """,
        company="Thistle Hospitality Recruitment", contact="callum.reid@thistle-hr.example.uk",
        charset="utf-8", cte="7bit",
    ),
    spec(
        "canongate_filled_internally", R, "en",
        ("Morag Strachan", "morag.strachan@canongate-hotel.example.uk"),
        "Conference & Banqueting Supervisor vacancy",
        "2026-05-08 11:55 +0100",
        """
        Dear Franziska,

        Thank you for your patience. I wanted to let you know that the
        Conference & Banqueting Supervisor position has now been filled by an
        internal candidate, so we will not be holding external interviews.

        I'm sorry to disappoint you on this occasion and wish you every
        success in your search.

        Best wishes,
        Morag Strachan
        HR Advisor, Canongate Conference Hotel
        """,
        company="Canongate Conference Hotel",
        contact="morag.strachan@canongate-hotel.example.uk",
        parent="canongate_hotel_received", charset="utf-8", cte="quoted-printable",
    ),
    # ---------------------------------------------------------------- French (5)
    spec(
        "lemanrive_refus_apres_entretien", R, "fr",
        ("Sophie Dufaux", "sophie.dufaux@leman-rive.example.ch"),
        "RE: Merci pour l'entretien",
        "2026-04-22 16:33 +0200",
        """
        Bonjour Franziska,

        Merci pour votre message et pour l'intérêt que vous portez au Centre
        de congrès Léman-Rive.

        Après mûre réflexion, nous avons décidé de poursuivre le processus
        avec une candidate dont l'expérience en gestion de congrès
        internationaux correspond davantage à nos besoins actuels. Nous ne
        donnerons donc pas suite à votre candidature.

        Nous avons beaucoup apprécié nos échanges et vous souhaitons plein
        succès pour la suite.

        Bien cordialement,
        Sophie Dufaux
        """,
        company="Centre de congrès Léman-Rive", contact="sophie.dufaux@leman-rive.example.ch",
        parent="own_fr_merci_lemanrive", quote="outlook-fr",
        charset="utf-8", cte="quoted-printable",
    ),
    spec(
        "geneve_destination_non_retenue", R, "fr",
        ("Genève Destination Congrès", "noreply@workablemail.com"),
        "Votre candidature – Chargée de promotion congrès",
        "2026-03-19 08:40 +0100",
        """
        Bonjour Franziska,

        Nous vous remercions pour l'intérêt que vous avez manifesté pour le
        poste de Chargée de promotion congrès.

        Après examen attentif de votre dossier, nous sommes au regret de vous
        informer que votre candidature n'a pas été retenue pour la suite du
        processus de sélection.

        Nous conserverons vos coordonnées et vous souhaitons plein succès dans
        vos recherches.

        Cordialement,
        Genève Destination Congrès
        """,
        company="Genève Destination Congrès", parent="geneve_destination_workable_reception",
        charset="iso-8859-1", cte="quoted-printable", name_enc=("iso-8859-1", "Q"),
    ),
    spec(
        "belvedere_lac_poste_pourvu", R, "fr",
        ("Nathalie Girardin", "n.girardin@hotels-belvedere-lac.example.ch"),
        "Poste de coordinatrice banquets & séminaires",
        "2026-05-27 12:22 +0200",
        """
        Chère Madame,

        Je vous remercie encore d'être venue nous rencontrer le 13 mai.

        Je dois malheureusement vous informer que le poste a été pourvu. Nous
        avons retenu une personne déjà familière de nos outils de réservation.

        Je garde néanmoins votre dossier, votre parcours à la réception étant
        un atout que nous apprécions.

        Meilleures salutations,
        Nathalie Girardin
        Directrice Événements & Séminaires
        Hôtels Belvédère Lac
        """,
        company="Hôtels Belvédère Lac", contact="n.girardin@hotels-belvedere-lac.example.ch",
        parent="belvedere_lac_entretien", charset="windows-1252", cte="8bit",
    ),
    spec(
        "alpes_hotellerie_client_refus", R, "fr",
        ("Mathilde Rochat", "m.rochat@alpes-hotellerie.example.ch"),
        "Retour de notre client – poste Responsable séminaires",
        "2026-08-18 15:05 +0200",
        """
        Bonjour Franziska,

        J'ai eu aujourd'hui le retour de notre client, un hôtel cinq étoiles
        de la rive droite. Malgré un profil jugé intéressant, ils ont décidé
        de ne pas poursuivre avec votre candidature : ils recherchent
        quelqu'un parlant couramment le russe pour leur clientèle
        événementielle.

        Je suis désolée de ce retour et reste en veille pour vous.

        Bien à vous,
        Mathilde Rochat
        Alpes Hôtellerie Conseil
        """,
        company="Alpes Hôtellerie Conseil", contact="m.rochat@alpes-hotellerie.example.ch",
        charset="utf-8", cte="8bit",
    ),
    spec(
        "universite_rhenane_poste_gele", R, "fr",
        ("Claire Hummel", "claire.hummel@univ-rhenane.example.fr"),
        "Gestionnaire manifestations scientifiques – suspension du recrutement",
        "2026-09-24 10:02 +0200",
        """
        Madame,

        Je me permets de revenir vers vous concernant votre candidature au
        poste de gestionnaire des manifestations scientifiques.

        En raison d'un gel des recrutements décidé par la présidence de
        l'université, ce poste ne sera finalement pas ouvert cette année. Nous
        ne sommes donc pas en mesure de donner suite à votre candidature et
        les entretiens prévus fin septembre sont annulés.

        Avec nos regrets, je vous prie d'agréer, Madame, mes salutations
        distinguées.

        Claire Hummel
        Service des congrès - Université Rhénane
        """,
        company="Université Rhénane", contact="claire.hummel@univ-rhenane.example.fr",
        parent="universite_rhenane_reception", charset="iso-8859-1", cte="quoted-printable",
    ),
    # ---------------------------------------------------------------- Spanish (5)
    spec(
        "brisasonora_descartada", R, "es",
        ("Marta Vidal Rius", "marta.vidal@brisasonora.example.es"),
        "Gracias por todo, Franziska",
        "2026-05-14 18:22 +0200",
        """
        Hola Franziska:

        Muchas gracias por la entrevista del otro día, fue muy agradable
        charlar contigo.

        Al final nos hemos decidido por otra candidata que ya ha trabajado en
        la producción de festivales de gran formato y conoce a varios de
        nuestros proveedores. Sentimos no tener mejores noticias.

        Te deseamos mucha suerte y, si te apetece, ¡vente al festival en
        julio!

        Un abrazo,
        Marta
        """,
        company="Festival Brisa Sonora", contact="marta.vidal@brisasonora.example.es",
        charset="utf-8", cte="quoted-printable",
    ),
    spec(
        "mirador_taleo_descartada", R, "es",
        ("Hoteles Mirador - Empleo", "hotelesmirador@taleo.net"),
        "Actualización de su candidatura: Coordinador/a de Eventos (BCN00871)",
        "2026-06-15 09:30 +0200",
        """
        Estimada Franziska Oberhuber-Lindgren:

        Le agradecemos el interés mostrado en formar parte de Hoteles Mirador.

        Tras analizar detenidamente su candidatura, lamentamos comunicarle que
        en esta ocasión no ha sido seleccionada para continuar en el proceso.

        Conservaremos sus datos para futuras vacantes que puedan ajustarse a
        su perfil.

        Atentamente,
        Recursos Humanos - Hoteles Mirador
        """,
        company="Hoteles Mirador", parent="mirador_taleo_recibida",
        charset="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "Q"),
    ),
    spec(
        "talentohostelero_arenal_no", R, "es",
        ("Javier Ortega Lluch", "javier.ortega@talentohostelero.example.es"),
        "Hotel Arenal Diagonal: respuesta",
        "2026-09-17 13:48 +0200",
        """
        Hola Franziska:

        Finalmente el Hotel Arenal Diagonal ha tomado una decisión sobre el
        puesto de Coordinadora de Eventos y Banquetes. Después de la
        entrevista con Laura Pons han optado por otra persona con un nivel de
        catalán nativo, que para ellos era imprescindible.

        Lo siento mucho. Te tengo en cuenta para nuevas posiciones.

        Un saludo,
        Javier Ortega Lluch
        Talento Hostelero
        """,
        company="Hotel Arenal Diagonal", contact="javier.ortega@talentohostelero.example.es",
        charset="utf-8", cte="8bit",
    ),
    spec(
        "convention_bureau_bcn_suspendido", R, "es",
        ("Elena Roig Camps", "elena.roig@bcnmar-convention.example.es"),
        "Proceso de selección suspendido",
        "2026-06-30 11:11 +0200",
        f"""
        Estimada Franziska:

        Le escribimos en relación con su candidatura para el puesto de
        Técnica de Captación de Congresos en Convention Bureau Barcelona Mar.

        Por motivos presupuestarios, la dirección ha decidido suspender el
        proceso de selección hasta nuevo aviso, por lo que no continuaremos
        con su candidatura. Lamentamos las molestias.

        Atentamente,

        Elena Roig Camps
        Recursos Humanos
        Convention Bureau Barcelona Mar
        Passeig de Colom 1, 08002 Barcelona

        {DISCLAIMER_ES}
        """,
        company="Convention Bureau Barcelona Mar",
        contact="elena.roig@bcnmar-convention.example.es",
        charset="windows-1252", cte="quoted-printable",
    ),
    spec(
        "flexiempleo_cliente_no", R, "es",
        ("Rocío Benítez", "rocio.benitez@flexiempleo.example.es"),
        "Respuesta del cliente – azafata de congresos",
        "2026-06-26 10:05 +0200",
        """
        Hola Franziska:

        Ya tengo la respuesta de nuestro cliente (un recinto ferial de la zona
        de Montjuïc). Lamentablemente no van a contar contigo para esta
        campaña: han cubierto las plazas con personal que ya trabajó con ellos
        el año pasado.

        Te mantengo en nuestra base de datos para próximos eventos.

        Saludos,
        Rocío
        Flexiempleo ETT
        """,
        company="Flexiempleo", contact="rocio.benitez@flexiempleo.example.es",
        charset="utf-8", cte="quoted-printable", name_enc=("utf-8", "B"),
    ),
]
