# ruff: noqa: C408 - specs are written as dict(...) calls on purpose
"""Corpus 264: rejections.

Hand-written, blind: every spec below is written for this corpus only. No two rejections
share a sentence pattern.
"""

from __future__ import annotations

from msgs264_acks import SF_LIMBACH
from msgs264_common import CANDIDATE_ADDR, CANDIDATE_NAME, M, forward, outlook, reply, txt
from msgs264_invites import (
    ALBRECHT,
    BRANDAUER,
    GREENHOUSE_ODRA,
    HAFERKORN,
    JENTZSCH,
    LOEBEL,
    LORENZ,
    MULLER,
    PIETZSCH,
    REID,
    SCHAEFFER,
    TEICHMANN,
    UHLIG,
    WENDT,
    WORKDAY_MWLN,
    WRONA,
    ZIELINSKA,
    ZUBIRI,
    ZUBIRI_MISSED,
)
from msgs264_other import AUENWALD_THANKS, IUR_THANKS, KOEHLER, NOWAK, TESSERA_THANKS

MESSAGES = [
    # ---------------------------------------------------------------- German (16)
    M(kind="rejection", slug="auenwald_after_interview_quotes_thanks", lang="de",
      company="Klinikum Auenwald", contact=LOEBEL[1], frm=LOEBEL,
      subject="AW: Danke für das Gespräch – TGM-2026-014", date="2026-02-24 14:18",
      cte="quoted-printable",
      body=reply(txt("""
          Sehr geehrter Herr Mensah-Weber,

          herzlichen Dank für Ihre freundlichen Zeilen und die Geduld, die Sie mit uns hatten.

          Die Entscheidung ist uns nicht leichtgefallen. Wir haben die Position nun mit einer
          Ingenieurin besetzt, die bereits seit mehreren Jahren das Energiemanagement eines
          Krankenhauses verantwortet – dieser Vorsprung hat am Ende den Ausschlag gegeben.

          Herr Siebert lässt ausdrücklich grüßen; er war von Ihrer Praxiserfahrung sehr
          angetan. Wir würden uns freuen, wenn Sie sich bei einer passenden Ausschreibung
          wieder bei uns melden.

          Mit freundlichen Grüßen
          Franziska Löbel
          Personalreferentin
          Klinikum Auenwald gGmbH | Auenweg 40 | 04159 Leipzig
          """), "de", "2026-02-12 18:40", CANDIDATE_NAME, CANDIDATE_ADDR, AUENWALD_THANKS),
      thread=("auenwald", 5)),
    M(kind="rejection", slug="motorenwerk_workday_absage", lang="de",
      company="Motorenwerk Leipzig-Nord", contact="", frm=WORKDAY_MWLN,
      subject="Ihre Bewerbung als Ingenieur Instandhaltung Gebäude & Medien (R-20611)",
      date="2026-08-05 07:02", tz="+0000", form="html", frame="ats",
      brand="Motorenwerk Leipzig-Nord · Karriere", color="#2b2b2b",
      footer="Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.\n"
             "Motorenwerk Leipzig-Nord GmbH · Am Werkstor 1 · 04158 Leipzig",
      body=txt("""
          Sehr geehrter Herr Mensah-Weber,

          vielen Dank für Ihre Teilnahme an unserem Auswahltag am 23.07.2026.

          Nach sorgfältiger Auswertung aller Ergebnisse müssen wir Ihnen mitteilen, dass wir
          Ihre Bewerbung im weiteren Verfahren nicht berücksichtigen können.

          Ihre Daten werden gemäß unserer Datenschutzerklärung nach sechs Monaten gelöscht.
          Neue Stellenangebote finden Sie jederzeit auf unserem Karriereportal.

          Ihr Recruiting-Team
          Motorenwerk Leipzig-Nord
          """), thread=("mwln", 4)),
    M(kind="rejection", slug="spreebogen_abschluss_nach_verpasstem_termin", lang="de",
      company="Spreebogen Immobilien", contact=WENDT[1], frm=WENDT,
      subject="Abschluss Ihrer Bewerbung – Objektingenieur TGA", date="2026-05-27 16:30",
      form="alt", frame="outlook",
      body=txt("""
          Sehr geehrter Herr Mensah-Weber,

          seit dem 18. Mai haben wir leider nichts mehr von Ihnen gehört. Da wir die Position
          zeitnah besetzen müssen, schließen wir Ihre Bewerbung hiermit ab und setzen das
          Verfahren mit den übrigen Kandidatinnen und Kandidaten fort.

          Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

          Viele Grüße
          Jana Wendt
          People & Culture
          Spreebogen Immobilien GmbH | Stralauer Platz 33 | 10243 Berlin
          Geschäftsführer: Henrik Vossberg, Dr. Aylin Demirci | HRB 187 223 B, AG Charlottenburg

          Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige
          Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese
          E-Mail.
          """), thread=("spree", 4)),
    M(kind="rejection", slug="brandauer_mandant_winkt_ab", lang="de",
      company="Brandauer Personalberatung", contact=BRANDAUER[1], frm=BRANDAUER,
      subject="Rückmeldung meines Mandanten", date="2026-06-25 19:02",
      body=txt("""
          Lieber Herr Mensah-Weber,

          ich hatte gehofft, Ihnen Besseres berichten zu können. Mein Mandant hat mir gestern
          mitgeteilt, dass er den Prozess mit Ihnen nicht fortsetzen möchte. Ausschlaggebend
          war nach seinen Worten die noch fehlende Erfahrung mit Budgetverantwortung in
          siebenstelliger Höhe – fachlich hat er Sie ausdrücklich gelobt.

          Ich melde mich wieder, sobald ich ein Mandat habe, bei dem Ihr technisches Profil
          stärker zählt als die kaufmännische Seite.

          Herzliche Grüße
          Lutz Brandauer
          Brandauer Personalberatung GmbH
          Käthe-Kollwitz-Straße 84, 04109 Leipzig
          T +49 341 2569 770
          """), thread=("brandauer", 3)),
    M(kind="rejection", slug="brueckenwerk_kunde_beendet", lang="de",
      company="Logistikzentrum Röhrsdorf", contact=LORENZ[1], frm=LORENZ,
      subject="Logistikzentrum Röhrsdorf – Entscheidung", date="2026-08-26 09:14",
      cte="base64",
      body=txt("""
          Hallo Herr Mensah-Weber,

          danke, dass Sie sich nach dem geplatzten Termin noch gemeldet und alles erklärt haben.
          Ich habe das so an Frau Seidel weitergegeben.

          Das Logistikzentrum Röhrsdorf hat trotzdem entschieden, das Verfahren ohne Sie
          weiterzuführen – ein zweites Gespräch wird es dort nicht geben. Für andere Kunden
          bleibe ich gern weiter mit Ihnen in Kontakt.

          Gruß
          Dennis Lorenz
          Personalberater Technik
          Brückenwerk Personal GmbH · Zwickauer Str. 94 · 09112 Chemnitz
          """), thread=("bruecke", 2)),
    M(kind="rejection", slug="elbaue_knapp_nach_probetag", lang="de",
      company="Technische Hochschule Elbaue", contact=TEICHMANN[1], frm=TEICHMANN,
      subject="Kennziffer 07/2026", date="2026-03-13 11:02", charset="iso-8859-1",
      cte="8bit",
      body=txt("""
          Sehr geehrter Herr Mensah-Weber,

          danke für Ihren Einsatz beim Probearbeitstag. Die Kommission hat sich für einen
          anderen Bewerber entschieden.

          Mit freundlichen Grüßen
          S. Teichmann
          """), thread=("elbaue", 4)),
    M(kind="rejection", slug="pleissenburg_haushaltssperre", lang="de",
      company="Hochschule Pleißenburg", contact=HAFERKORN[1], frm=HAFERKORN,
      subject="Ausschreibung 2026/03: Einstellung des Verfahrens",
      subj_enc=("iso-8859-1", "Q"), date="2026-03-20 10:45", form="alt",
      body=txt("""
          Sehr geehrter Herr Mensah-Weber,

          wie angekündigt wollte ich Ihnen einen neuen Gesprächstermin nennen. Inzwischen hat
          das Finanzministerium jedoch eine Haushaltssperre verhängt, die auch unsere Stelle
          betrifft: Sie darf bis auf Weiteres nicht besetzt werden.

          Das Auswahlverfahren zur Ausschreibung 2026/03 wird deshalb eingestellt. Sollte die
          Stelle später neu ausgeschrieben werden, sind Sie herzlich eingeladen, sich erneut zu
          bewerben.

          Ich bedaure diese Entwicklung sehr.

          Mit freundlichen Grüßen
          Dr. Cornelia Haferkorn
          Leiterin Dezernat Bau und Technik
          Hochschule Pleißenburg
          """), thread=("hsp", 4)),
    M(kind="rejection", slug="pleisseufer_intern_besetzt_cp1252", lang="de",
      company="Wohnungsgenossenschaft Pleißeufer", contact=JENTZSCH[1], frm=JENTZSCH,
      subject="Ihre Bewerbung – Techniker Bestandsbewirtschaftung",
      subj_enc=("windows-1252", "Q"), date="2026-02-06 15:35", charset="windows-1252",
      cte="8bit",
      body=txt("""
          Sehr geehrter Herr Mensah-Weber,

          herzlichen Dank für das angenehme Telefonat im Januar.

          Inzwischen hat sich eine Lösung im eigenen Haus ergeben: Ein langjähriger Kollege
          aus unserem Regiebetrieb übernimmt die Aufgaben der Bestandsbewirtschaftung. Die
          ausgeschriebene Stelle entfällt damit, und wir werden das Verfahren nicht weiter
          verfolgen.

          Ihre Unterlagen senden wir Ihnen auf Wunsch gern zurück.

          Freundliche Grüße
          Heike Jentzsch
          Vorstand Technik
          Wohnungsgenossenschaft Pleißeufer eG
          Kochstraße 30 – 04275 Leipzig – Tel. 0341 3018 220
          Genossenschaftsregister Leipzig GnR 412 · Vorstand: Heike Jentzsch, Uwe Marschner
          """), thread=("wgp", 3)),
    M(kind="rejection", slug="hoyer_ehrlich_gesagt", lang="de",
      company="Gebäudetechnik Hoyer", contact="sven.hoyer@gt-hoyer.example.de",
      frm=("Sven Hoyer", "sven.hoyer@gt-hoyer.example.de"),
      subject="Deine Bewerbung bei uns", date="2026-06-22 20:11",
      body=txt("""
          Hi Konstantin,

          ich mach's kurz und ehrlich: Ich hab mich für Marco entschieden, der schon seit
          einem halben Jahr als Leiharbeiter bei uns mitläuft und die Kunden kennt. Mit dir
          hat das nix zu tun, dein Profil ist echt stark.

          Falls wir nächstes Jahr wie geplant das zweite Team aufmachen, ruf ich dich an.

          Sven

          Gebäudetechnik Hoyer · Reideburger Str. 12 · 06112 Halle · 0345 7706 515
          """), thread=("hoyer", 2)),
    M(kind="rejection", slug="limbach_sf_formal_base64", lang="de",
      company="Fahrwerkstechnik Limbach", contact="", frm=SF_LIMBACH,
      subject="Ihre Bewerbung als Betriebsingenieur (Job-ID 7731)", date="2026-03-06 06:58",
      tz="+0000", form="html", frame="ats", brand="Fahrwerkstechnik Limbach",
      color="#4a4a4a", footer="Fahrwerkstechnik Limbach GmbH · Industriestraße 9 · "
                              "09212 Limbach-Oberfrohna\nDiese Nachricht wurde automatisch "
                              "erstellt.",
      html_cte="base64",
      body=txt("""
          Sehr geehrter Herr Mensah-Weber,

          wir bedauern, Ihnen heute keine positive Nachricht geben zu können.

          Nach eingehender Prüfung Ihrer Unterlagen für die Position Betriebsingenieur Gebäude-
          und Anlagentechnik (Job-ID 7731) haben wir uns entschieden, anderen Kandidatinnen und
          Kandidaten den Vorzug zu geben.

          Wir danken Ihnen für das Vertrauen, das Sie uns mit Ihrer Bewerbung entgegengebracht
          haben.

          Mit freundlichen Grüßen
          Personalabteilung Fahrwerkstechnik Limbach
          """), thread=("flb", 2)),
    M(kind="rejection", slug="sportforum_naeher_an_anforderungen", lang="de",
      company="Sportforum Halle-Neustadt", contact=KOEHLER[1], frm=KOEHLER,
      frm_enc=("iso-8859-1", "B"),
      subject="AW: Nachfrage zum Stand meiner Bewerbung (Haustechniker)",
      date="2026-05-08 13:27", charset="iso-8859-1", cte="quoted-printable",
      body=reply(txt("""
          Sehr geehrter Herr Mensah-Weber,

          danke für Ihre Nachfrage und entschuldigen Sie die lange Wartezeit.

          Wir haben das Auswahlverfahren inzwischen abgeschlossen und uns für Bewerbungen
          entschieden, deren Profil noch näher an unseren Anforderungen liegt, insbesondere
          was die Schwimmbad- und Badewassertechnik angeht. Ihre Erfahrung in der
          Elektrotechnik hat uns dennoch beeindruckt.

          Alles Gute für Ihre weitere Suche!

          Marie Köhler
          Personal
          Sportforum Halle-Neustadt
          """), "de", "2026-05-04 08:30", CANDIDATE_NAME, CANDIDATE_ADDR, txt("""
          Sehr geehrte Frau Köhler,

          Anfang April habe ich mich über Ihr Karriereportal als Haustechniker mit Schwerpunkt
          Bäder- und Lüftungstechnik beworben. Da ich parallel in anderen Verfahren stehe,
          wollte ich freundlich nachfragen, ob es zu meiner Bewerbung schon einen Zwischenstand
          gibt.
          """)), thread=("sportforum", 3)),
    M(kind="rejection", slug="lindenhain_outlook_mit_einladung_zitiert", lang="de",
      company="Klinikum Lindenhain", contact=PIETZSCH[1], frm=PIETZSCH,
      subject="AW: Vorstellungsgespräch Leitung Medizintechnik/Haustechnik am 23. April",
      date="2026-05-04 09:50", form="html", frame="outlook",
      body=outlook(txt("""
          Sehr geehrter Herr Mensah-Weber,

          nochmals vielen Dank, dass Sie sich am 23. April Zeit für uns genommen haben.

          Nach Abschluss aller Gespräche ist unsere Wahl leider auf eine andere Person
          gefallen, die bereits Leitungserfahrung in einem Haus unserer Größe hat. Wir bedauern,
          Ihnen keine bessere Nachricht geben zu können.

          Mit freundlichen Grüßen

          Andreas Pietzsch
          Personalmanagement
          Klinikum Lindenhain Dresden
          Lindenhainer Weg 8 · 01324 Dresden · Tel. 0351 8830-2210

          Klinikum Lindenhain Dresden gGmbH · Sitz Dresden · Amtsgericht Dresden HRB 30 118
          Geschäftsführung: Prof. Dr. med. Rainer Oelschlägel
          Diese Nachricht und etwaige Anhänge sind vertraulich und ausschließlich für den
          Adressaten bestimmt. Jede unbefugte Weiterleitung oder Vervielfältigung ist
          untersagt.
          """), "de", "2026-04-14 15:26", "Pietzsch, Andreas <andreas.pietzsch@klinikum-"
          "lindenhain.example.de>", "konstantin.mw@example.de",
          "Vorstellungsgespräch Leitung Medizintechnik/Haustechnik am 23. April", txt("""
          Sehr geehrter Herr Mensah-Weber,

          herzlichen Dank für Ihre Bewerbung als stellvertretende Leitung Haustechnik. Wir
          möchten Sie zu einem Vorstellungsgespräch am Donnerstag, dem 23. April 2026, um
          9:30 Uhr einladen.
          """)), thread=("lindenhain", 2)),
    M(kind="rejection", slug="facilitas_ost_wird_nichts", lang="de",
      company="Facilitas Ost", contact="b.hentschel@facilitas-ost.example.de",
      frm=("Bernd Hentschel", "b.hentschel@facilitas-ost.example.de"),
      subject="Re: Bewerbung Objektleiter", date="2026-07-15 17:58",
      body=txt("""
          Hallo Herr Mensah-Weber,

          das wird leider nichts mit uns. Trotzdem danke und alles Gute.

          Gruß
          B. Hentschel

          Von meinem iPhone gesendet
          """)),
    M(kind="rejection", slug="personalwerk_weiterleitung_kunde", lang="de",
      company="Porzellanmanufaktur Elbhang", contact=NOWAK[1], frm=NOWAK,
      subject="WG: Feedback zu Herrn Mensah-Weber", date="2026-07-29 14:06",
      form="alt", frame="outlook",
      body=forward(txt("""
          Sehr geehrter Herr Mensah-Weber,

          anbei leite ich Ihnen die Rückmeldung der Porzellanmanufaktur Elbhang weiter. Leider
          hat sich der Kunde gegen Sie entschieden. Ich finde die Begründung nachvollziehbar und
          suche weiter nach einem Einsatz, bei dem Steuerungstechnik keine Hauptrolle spielt.

          Freundliche Grüße
          Jessica Nowak
          Personalwerk Mitte GmbH & Co. KG | Niederlassung Dresden
          """), "de", "2026-07-28 17:40",
          "Ronald Fiebig <r.fiebig@porzellan-elbhang.example.de>",
          "Jessica Nowak <jessica.nowak@personalwerk-mitte.example.de>",
          "Feedback zu Herrn Mensah-Weber", txt("""
          Hallo Frau Nowak,

          danke für den Vorschlag und das Gespräch mit Herrn Mensah-Weber am Freitag. Sympathisch
          und elektrotechnisch fit – aber wir brauchen jemanden, der unsere Brennofen-SPS ohne
          Einarbeitung betreuen kann. Wir nehmen ihn daher nicht. Bitte richten Sie ihm unseren
          Dank aus.

          Beste Grüße
          Ronald Fiebig
          Leiter Haustechnik, Porzellanmanufaktur Elbhang
          """)), thread=("pwm", 3)),
    M(kind="rejection", slug="technologiepark_nach_no_show", lang="de",
      company="Technologiepark Chemnitz-Nord", contact=UHLIG[1], frm=UHLIG,
      subject="Deine Bewerbung als Facility Engineer", date="2026-09-17 12:40",
      body=txt("""
          Hallo Konstantin,

          nachdem unser Video-Interview am 8. September nicht zustande gekommen ist und wir von
          dir keine Rückmeldung bekommen haben, haben wir den Prozess mit den anderen
          Kandidat:innen weitergeführt. Die Stelle ist inzwischen vergeben.

          Ich wünsche dir viel Erfolg bei der weiteren Suche.

          Viele Grüße
          Steffi Uhlig
          Recruiting | Technologiepark Chemnitz-Nord GmbH
          """), thread=("tpc", 3)),
    M(kind="rejection", slug="sonnenhuegel_talentpool_softgarden", lang="de",
      company="Immobilienverwaltung Sonnenhügel", contact="",
      frm=("Immobilienverwaltung Sonnenhügel", "no-reply@softgarden.io"),
      subject="Rückmeldung zu Ihrer Bewerbung als Technischer Objektmanager",
      subj_enc=("iso-8859-1", "B"), date="2026-10-09 08:20", tz="+0000", form="html",
      frame="ats", brand="Immobilienverwaltung Sonnenhügel", color="#e39b00",
      footer="Versendet über softgarden · Antworten an diese Adresse werden nicht gelesen.",
      body=txt("""
          Sehr geehrter Herr Mensah-Weber,

          für die ausgeschriebene Stelle als Technischer Objektmanager in Chemnitz kommen Sie
          leider nicht in Betracht.

          Gern würden wir Ihr Profil jedoch in unseren Talentpool aufnehmen, um Sie bei
          künftigen Vakanzen direkt ansprechen zu können. Wenn Sie damit einverstanden sind,
          bestätigen Sie dies bitte hier:
          https://sonnenhuegel.softgarden.io/talentpool/consent

          Freundliche Grüße
          Ihr Personalteam
          Immobilienverwaltung Sonnenhügel
          """)),

    # ---------------------------------------------------------------- English (8)
    M(kind="rejection", slug="odra_greenhouse_after_interview", lang="en",
      company="Odra Property Services", contact=ZIELINSKA[1], frm=GREENHOUSE_ODRA,
      frm_enc=("utf-8", "B"), reply_to=ZIELINSKA,
      subject="Your application for Facility Engineer (German-speaking)",
      date="2026-05-06 12:55", tz="+0000", form="alt",
      body=txt("""
          Hi Konstantin,

          Thank you for the time you spent with Paweł and me, and for the thoughtful questions
          about our tenant fit-outs.

          I'm sorry to tell you that we've offered the role to another candidate who has
          already run a multi-tenant site in Poland and could start immediately. It was a close
          call, and Paweł asked me to pass on that your practical answers stood out.

          I'd be glad to keep your details for future openings in Wrocław, if that's alright
          with you.

          All the best,
          Marta Zielińska
          Talent Partner, Odra Property Services
          """), thread=("odra", 4)),
    M(kind="rejection", slug="lsd_smartrecruiters_closer_match", lang="en",
      company="Lower Silesia Drivetrain", contact="",
      frm=("Lower Silesia Drivetrain", "noreply@smartrecruiters.com"),
      subject="Update regarding your application – Plant Facilities Engineer",
      date="2026-06-03 09:00", tz="+0000", form="html", frame="ats",
      brand="Lower Silesia Drivetrain", color="#5a6b7d",
      footer="This is an automated message from SmartRecruiters on behalf of Lower Silesia "
             "Drivetrain. Please do not reply.",
      body=txt("""
          Dear Konstantin,

          Thank you for your interest in the Plant Facilities Engineer position and for the
          time you invested in the process.

          We have decided to move forward with candidates whose experience more closely
          matches the requirements of the role.

          We appreciate your interest in Lower Silesia Drivetrain and wish you every success.

          Talent Acquisition Team
          """), thread=("lsd", 3)),
    M(kind="rejection", slug="vratislavia_role_on_hold", lang="en",
      company="Vratislavia Medical Centre", contact="",
      frm=("Vratislavia Medical Centre", "no-reply@bamboohr.com"),
      subject="Hospital Engineering Technician – status of recruitment",
      date="2026-04-20 15:10",
      body=txt("""
          Dear Konstantin Mensah-Weber,

          We are writing to everyone who applied for the Hospital Engineering Technician
          position. Following an internal budget review, the role has been put on hold and we
          will not proceed with recruitment for it this year.

          This is not a reflection on your application. Should the position reopen, it will be
          advertised again on our careers page.

          With best wishes,
          People Team, Vratislavia Medical Centre

          --
          Sent via BambooHR. Replies to this address are not monitored.
          """), thread=("vrat", 2)),
    M(kind="rejection", slug="balticbridge_oder_gate_declines", lang="en",
      company="Oder Gate Business Park", contact=WRONA[1], frm=WRONA,
      subject="RE: Interview with Oder Gate Business Park – Thu 19 Feb",
      date="2026-03-04 11:36",
      body=outlook(txt("""
          Hi Konstantin,

          I've had feedback from Oder Gate and unfortunately they won't be taking your
          application further. Kamila liked your technical depth, but for this post they want
          someone whose Polish is already good enough to manage local contractors on their own.

          Not the result we hoped for after a good interview. I'll keep looking – there are a
          couple of German-owned sites where English and German would be enough.

          Tomasz
          """), "en", "2026-02-16 12:09", "Tomasz Wrona <tomasz.wrona@balticbridge.example.pl>",
          "Konstantin Mensah-Weber <konstantin.mw@example.de>",
          "RE: Interview with Oder Gate Business Park – Thu 19 Feb", txt("""
          Hi Konstantin,

          Small change from the client: Kamila has a board meeting on Thursday, so they've
          asked to move your interview to Monday 23 February at 10:00. Can you make that work?

          Tomasz
          """)), thread=("baltic", 5)),
    M(kind="rejection", slug="havelpoint_icims_not_moving_forward", lang="en",
      company="Havelpoint Data Centres", contact="",
      frm=("Havelpoint Data Centres Careers", "donotreply@talent.icims.com"),
      subject="Your application: Critical Facilities Technician (Berlin-Spandau)",
      date="2026-09-24 16:02", tz="+0000", form="alt", cte="quoted-printable",
      body=txt("""
          Dear Konstantin,

          Thank you for applying for the Critical Facilities Technician role at our
          Berlin-Spandau campus.

          After careful consideration, we will not be moving forward with your application.
          We know this is disappointing news, and we're grateful for the interest you have
          shown in Havelpoint Data Centres.

          We encourage you to keep an eye on our careers site for future roles.

          Regards,
          Havelpoint Talent Acquisition
          """), thread=("havel", 4)),
    M(kind="rejection", slug="tessera_quotes_thank_you", lang="en",
      company="Tessera Spaces", contact=ALBRECHT[1], frm=ALBRECHT,
      subject="Re: Thank you – panel interview today", date="2026-06-19 10:44",
      body=reply(txt("""
          Hi Konstantin,

          Thanks for this lovely note – the panel enjoyed meeting you too, and Oskar is still
          quoting your point about the trend logs.

          I'm afraid it isn't good news, though. We've decided to go with a candidate who has
          run the building systems for a similar flexible-office portfolio, and we won't be
          taking your application to the next stage.

          I know that's disappointing after a strong panel. If you'd like more detailed
          feedback, I'm happy to set up a quick call.

          Best,
          Jonas
          Jonas Albrecht-Reyes | Recruiting Lead | Tessera Spaces
          """), "en", "2026-06-12 17:30", CANDIDATE_NAME, CANDIDATE_ADDR, TESSERA_THANKS),
      thread=("tessera", 4)),
    M(kind="rejection", slug="nadodrze_one_liner", lang="en",
      company="Nadodrze Office Campus", contact="k.sobczak@nadodrze-campus.example.pl",
      frm=("Katarzyna Sobczak", "k.sobczak@nadodrze-campus.example.pl"),
      subject="Re: Maintenance Engineer application", date="2026-08-12 18:21",
      body=txt("""
          Hi Konstantin – thanks for applying, we're going with someone else. Good luck with
          the move to Wrocław.

          K.

          Sent from Outlook for Android
          """)),
    M(kind="rejection", slug="keystone_mate_bad_news", lang="en",
      company="Keystone Talent", contact=REID[1], frm=REID,
      subject="Re: Missed call from the client this afternoon", date="2026-10-14 12:30",
      tz="+0100",
      body=reply(txt("""
          Hi Konstantin,

          Bad news I'm afraid, mate – my client has decided to pass. They'd already got two
          strong finalists and, after last week's mix-up, they didn't want to reopen the
          shortlist. For what it's worth, the phone number thing was partly my fault.

          No hard feelings on my side at all. I'll keep you in mind for anything facilities-
          related in Berlin.

          Cheers,
          Callum
          """), "en", "2026-10-06 15:40", CANDIDATE_NAME, CANDIDATE_ADDR, txt("""
          Hi Callum,

          I'm so sorry – I had 2pm UK time in my diary and was waiting for the call an hour
          later. Could you ask the client whether they'd be willing to try again?

          Best regards,
          Konstantin
          """)), thread=("keystone", 2)),

    # ---------------------------------------------------------------- French (4)
    M(kind="rejection", slug="rhin_ill_mobilite_interne", lang="fr",
      company="Clinique du Rhin-Ill", contact=SCHAEFFER[1], frm=SCHAEFFER,
      subject="Votre candidature – technicien de maintenance bâtiment",
      date="2026-04-14 17:20", form="alt", frame="outlook",
      body=txt("""
          Monsieur Mensah-Weber,

          Comme promis, je reviens vers vous après l'annulation de notre rendez-vous du
          2 avril.

          Entre-temps, le poste de technicien de maintenance bâtiment a finalement été pourvu
          par mobilité interne : un agent de notre service biomédical a souhaité évoluer vers
          la maintenance des bâtiments et sa candidature a été retenue. Nous ne pourrons donc
          pas vous proposer de nouvel entretien.

          Je vous remercie sincèrement pour votre patience et vous souhaite une bonne
          continuation dans vos recherches.

          Bien cordialement,

          Camille Schaeffer
          Chargée de recrutement – Direction des ressources humaines
          Clinique du Rhin-Ill · 4 quai des Bateliers · 67000 Strasbourg

          Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur
          destinataire. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de
          le supprimer.
          """), thread=("rhin", 4)),
    M(kind="rejection", slug="rhenanie_taleo_latin1", lang="fr",
      company="Rhénanie Automobiles", contact="",
      frm=("Rhénanie Automobiles", "rhenanie@taleo.net"), frm_enc=("iso-8859-1", "B"),
      subject="Suite donnée à votre candidature – réf. 2600417", subj_enc=("utf-8", "Q"),
      date="2026-07-10 06:12", tz="+0000", form="html", frame="ats",
      brand="Rhénanie Automobiles", color="#8a1c1c", html_charset="iso-8859-1",
      footer="Ce message a été envoyé automatiquement, merci de ne pas y répondre.",
      body=txt("""
          Bonjour Konstantin Mensah-Weber,

          Nous vous remercions pour votre participation à la journée d'évaluation du 2 juillet
          sur notre site de Molsheim-Sud.

          Nous sommes au regret de vous informer que votre candidature au poste d'ingénieur
          maintenance infrastructures n'a pas été retenue à l'issue de cette journée.

          Nous conservons votre dossier dans notre vivier pendant deux ans, sauf opposition de
          votre part.

          L'équipe Recrutement
          Rhénanie Automobiles
          """), thread=("rhen", 3)),
    M(kind="rejection", slug="hohwald_client_decline_rfc822", lang="fr",
      company="Foncière Ill-et-Bruche", contact="s.kieffer@hohwald-conseil.example.fr",
      frm=("Sophie Kieffer", "s.kieffer@hohwald-conseil.example.fr"),
      subject="TR: Candidature de M. Mensah-Weber", date="2026-10-02 16:48",
      charset="windows-1252", cte="quoted-printable",
      body=txt("""
          Bonjour Konstantin,

          Je vous transmets ci-joint, tel quel, le retour de la Foncière Ill-et-Bruche après
          votre échange avec leur directeur technique. Ils ne donneront pas suite, ce que je
          regrette, car votre profil me semblait très adapté.

          Je reste évidemment à vos côtés pour les prochaines opportunités en Alsace.

          Bien à vous,
          Sophie Kieffer
          Consultante – Hohwald Conseil
          7 rue de la Nuée-Bleue, 67000 Strasbourg · 03 88 15 42 07
          """),
      attach=[dict(filename="Retour client - Fonciere Ill-et-Bruche.eml", eml=dict(
          frm=("Gérald Hummel", "g.hummel@fonciere-ill-bruche.example.fr"),
          to=[("Sophie Kieffer", "s.kieffer@hohwald-conseil.example.fr")],
          subject="Candidature de M. Mensah-Weber", date="2026-10-02 14:05",
          slug="inner_hummel", lang="fr",
          body=txt("""
              Bonjour Sophie,

              Merci de nous avoir présenté M. Mensah-Weber. L'entretien a été agréable et il
              connaît son métier, mais nous cherchons quelqu'un qui a déjà piloté des
              contrats multitechniques en France et maîtrise la réglementation ERP. Nous ne
              poursuivrons donc pas avec lui.

              Cordialement,
              Gérald Hummel
              Directeur technique – Foncière Ill-et-Bruche
              """)))],
      thread=("hohwald", 3)),
    M(kind="rejection", slug="iur_apres_entretien_cite_remerciement", lang="fr",
      company="Institut Universitaire Rhénan", contact=MULLER[1], frm=MULLER,
      subject="RE: Remerciements – entretien du 28 mai", date="2026-06-09 10:31",
      charset="iso-8859-1", cte="8bit",
      body=reply(txt("""
          Monsieur,

          Je vous remercie pour votre message, qui nous a fait plaisir.

          Après délibération, le jury a toutefois choisi un candidat qui connaît déjà le
          fonctionnement des établissements publics et les marchés publics de maintenance.
          Votre candidature n'a donc pas été retenue pour ce poste, et j'en suis sincèrement
          désolé.

          Je vous souhaite pleine réussite dans votre projet d'installation à Strasbourg.

          Cordialement,
          Julien Muller
          Responsable du service maintenance
          Institut Universitaire Rhénan
          """), "fr", "2026-05-28 19:10", CANDIDATE_NAME, CANDIDATE_ADDR, IUR_THANKS),
      thread=("iur", 4)),

    # ---------------------------------------------------------------- Spanish (3)
    M(kind="rejection", slug="artxanda_workable_otras_candidaturas", lang="es",
      company="Clínica Artxanda", contact="",
      frm=("Clínica Artxanda", "noreply@candidates.workablemail.com"),
      subject="Tu candidatura en Clínica Artxanda", date="2026-03-30 08:45", tz="+0000",
      form="alt", frame="ats", brand="Clínica Artxanda", color="#1b7f6b",
      footer="Enviado mediante Workable. Por favor, no respondas a este mensaje.",
      body=txt("""
          Hola, Konstantin:

          Gracias por la entrevista telefónica del 17 de marzo y por tu interés en el puesto de
          técnico de mantenimiento de instalaciones.

          Lamentablemente, en esta ocasión hemos decidido continuar el proceso con otras
          candidaturas.

          Te deseamos mucha suerte en tu búsqueda.

          Departamento de Recursos Humanos
          Clínica Artxanda
          """), thread=("artx", 3)),
    M(kind="rejection", slug="automocion_nervion_puesto_cancelado", lang="es",
      company="Automoción Nervión", contact="",
      frm=("Automoción Nervión", "noreply@smartrecruiters.com"),
      subject="Proceso de selección – Técnico de Infraestructuras de Planta",
      date="2026-09-28 10:00", tz="+0000", form="html", frame="ats",
      brand="Automoción Nervión", color="#33415c",
      footer="Mensaje automático enviado a través de SmartRecruiters.",
      body=txt("""
          Estimado Konstantin:

          Te escribimos en relación con tu candidatura al puesto de Técnico de Infraestructuras
          de Planta en nuestra fábrica de Basauri.

          Debido a una reorganización del área de ingeniería, el puesto ha sido cancelado y el
          proceso de selección queda cerrado sin adjudicación. Lamentamos las molestias.

          Agradecemos tu interés y te animamos a consultar nuestras próximas ofertas.

          Equipo de Talento · Automoción Nervión
          """)),
    M(kind="rejection", slug="zubiri_cliente_no_sigue", lang="es",
      company="Centro de Convenciones Abandoibarra", contact=ZUBIRI[1], frm=ZUBIRI,
      subject="Re: ¿Qué ha pasado con la entrevista de las 11:00?",
      date="2026-10-20 18:06",
      body=reply(txt("""
          Konstantin:

          Ya tengo respuesta del Centro de Convenciones. He hablado con Garazi, les he
          explicado lo del portátil y lo han entendido, pero no van a seguir adelante contigo:
          tenían ya un finalista muy sólido y prefieren cerrar con él.

          Me sabe mal, porque encajabas. Seguimos en contacto para lo próximo.

          Aitor
          """), "es", "2026-10-08 12:02", CANDIDATE_NAME, CANDIDATE_ADDR, reply(txt("""
          Aitor, lo siento muchísimo. El portátil se quedó colgado con una actualización justo
          a las 10:55 y el móvil estaba sin batería. ¿Crees que aceptarían repetir la
          entrevista esta semana?

          Konstantin
          """), "es", "2026-10-08 11:27", ZUBIRI[0], ZUBIRI[1], ZUBIRI_MISSED)),
      thread=("zubiri", 3)),
]

