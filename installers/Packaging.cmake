# Packaging: install rules for the platform assets and the CPack configuration, included from the top-level
# CMakeLists.txt after every target exists. Linux (DEB) is built and tested by the `package` tests; the Windows
# (NSIS) and macOS (DragNDrop) configurations are prepared but not built or tested anywhere yet.
#
#   cpack -G DEB                          in the build directory: mailready_<version>_<arch>.deb
#   scripts/package                       setup, build, cpack; prints the .deb path

set(MAILREADY_PACKAGE_CONTACT "MailReady developers <mailready@users.noreply.github.com>"
    CACHE STRING "Maintainer named in the packages")

set(CPACK_PACKAGE_NAME MailReady)
set(CPACK_PACKAGE_VENDOR MailReady)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "check and fix what receivers require of a self-hosted mail server")
# Lines under 80 columns: Debian shows the description as it is written.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "MailReady is a step-by-step setup wizard for home-lab admins that gets a"
    "self-hosted mail server's mail accepted. It checks the thresholds receivers"
    "apply: DNS blocklists, reverse DNS (PTR and forward-confirmed rDNS), SPF, DKIM"
    "and DMARC. It generates a DKIM key, composes the DNS records to publish and"
    "re-checks them while DNS propagates."
    ""
    "The same checks run headless from the command line (mailready check --json)"
    "for scripts and monitoring.")
set(CPACK_PACKAGE_HOMEPAGE_URL ${MAILREADY_HOMEPAGE})
set(CPACK_PACKAGE_CONTACT "${MAILREADY_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY MailReady)
set(CPACK_PACKAGE_EXECUTABLES mailready MailReady)
set(CPACK_STRIP_FILES ON)
# Packages are binary only; a source tarball is what git archive is for.
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git" "/build[^/]*/")

if(APPLE)
    include(${CMAKE_CURRENT_LIST_DIR}/macos/MacOS.cmake)
elseif(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/windows/Windows.cmake)
elseif(UNIX)
    include(${CMAKE_CURRENT_LIST_DIR}/linux/Linux.cmake)
endif()

include(CPack)
