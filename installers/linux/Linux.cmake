# Linux desktop integration and the Debian package.
#   /usr/bin/mailready                                               (app/CMakeLists.txt)
#   /usr/share/applications/<app id>.desktop                         desktop entry
#   /usr/share/metainfo/<app id>.metainfo.xml                        AppStream metadata
#   /usr/share/icons/hicolor/{scalable,NxN}/apps/<app id>.{svg,png}  icons (PNGs rendered at build time)
#   /usr/share/man/man1/mailready.1.gz                               manual page
#   /usr/share/bash-completion/completions/mailready                 bash completion
#   /usr/share/doc/mailready/changelog.gz                            Debian changelog (and copyright, from LICENSE)
set(MAILREADY_LINUX_DIR ${CMAKE_CURRENT_LIST_DIR})
set(MAILREADY_LINUX_GENERATED ${CMAKE_BINARY_DIR}/installers/linux)

# The id and homepage come from CMake, so the desktop entry, AppStream file and icons cannot disagree.
configure_file(${MAILREADY_LINUX_DIR}/desktop.in ${MAILREADY_LINUX_GENERATED}/${MAILREADY_APP_ID}.desktop @ONLY)
configure_file(${MAILREADY_LINUX_DIR}/metainfo.xml.in ${MAILREADY_LINUX_GENERATED}/${MAILREADY_APP_ID}.metainfo.xml
    @ONLY)

# Debian policy ships manual pages compressed, without a timestamp in the gzip header.
set(man_gz ${MAILREADY_LINUX_GENERATED}/mailready.1.gz)
add_custom_command(OUTPUT ${man_gz}
    COMMAND sh -c "gzip -9n --stdout \"$1\" > \"$2\"" sh ${MAILREADY_LINUX_DIR}/mailready.1 ${man_gz}
    DEPENDS ${MAILREADY_LINUX_DIR}/mailready.1
    COMMENT "Compressing the manual page"
    VERBATIM)
# The Debian changelog of this native package (one entry per release; the package tests check that the project
# version has one), compressed the same way.
set(changelog_gz ${MAILREADY_LINUX_GENERATED}/changelog.gz)
add_custom_command(OUTPUT ${changelog_gz}
    COMMAND sh -c "gzip -9n --stdout \"$1\" > \"$2\"" sh ${MAILREADY_LINUX_DIR}/changelog ${changelog_gz}
    DEPENDS ${MAILREADY_LINUX_DIR}/changelog
    COMMENT "Compressing the Debian changelog"
    VERBATIM)
add_custom_target(mailready_linux_docs ALL DEPENDS ${man_gz} ${changelog_gz})

install(FILES ${MAILREADY_LINUX_GENERATED}/${MAILREADY_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${MAILREADY_LINUX_GENERATED}/${MAILREADY_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${MAILREADY_ICON_SVG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size IN LISTS MAILREADY_ICON_SIZES)
    install(FILES ${MAILREADY_ICON_DIR}/${size}x${size}/apps/${MAILREADY_APP_ID}.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${man_gz} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${changelog_gz} DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/mailready)
# Debian wants the licence as /usr/share/doc/mailready/copyright; the project has yet to add its LICENSE file.
if(EXISTS ${PROJECT_SOURCE_DIR}/LICENSE)
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/mailready RENAME copyright)
endif()
install(FILES ${MAILREADY_LINUX_DIR}/mailready.bash-completion
    DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME mailready)

# qt_standard_project_setup() gives installed binaries the run path $ORIGIN:$ORIGIN/../lib for bundled Qt
# libraries; a Debian package uses the system's Qt and must carry no run path at all.
set_target_properties(mailready PROPERTIES INSTALL_RPATH "")

set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_PACKAGE_NAME mailready)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${MAILREADY_HOMEPAGE})
# Dependencies are computed by dpkg-shlibdeps (dpkg-dev) from the binary, never listed by hand. Debian's libqt6gui6
# carries the X11 (xcb) platform plugin itself; Wayland sessions get a native window with qt6-wayland, and XWayland
# without it, so that one is only recommended; so is qt6-translations-l10n, which translates Qt's own buttons
# (Back, Next, Cancel) while MailReady's own texts are compiled into the binary.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")
